/* SPDX-License-Identifier: MIT */
/* Wrappers of the kt_* test syscalls with constraints between arguments
 * (Inputs/constraint-specs.c), bound in Inputs/ktc.bindings. */
#ifndef KTC_H
#define KTC_H

#define KT_MAYMOVE 1
#define KT_FIXED 2

struct kt_pollfd {
	int fd;
	short events, revents;
};

long kt_remap(unsigned long addr, int flags, unsigned long new_addr);
int kt_poll(struct kt_pollfd *fds, unsigned long nfds, int timeout);

#endif
