// The default database's signal.c bindings in the header: constant misuse
// of the signal, pidfd and wait wrappers is flagged as kapi-check flags it,
// in C and C++ and with the --dir wrappers; correct calls stay silent.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %kapi-db header -o %t/kapi-diagnose.h 2>&1 | FileCheck %s --check-prefix=GEN
// GEN: kapi-db: header: {{[0-9]+}} functions annotated
// RUN: %clang -fsyntax-only -D_GNU_SOURCE -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h %s
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h %s
// RUN: %clang -fsyntax-only -D_GNU_SOURCE -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h -x c++ -std=c++17 %s
// RUN: %kapi-db header --dir %t/kd
// RUN: %clang -fsyntax-only -D_GNU_SOURCE -Xclang -verify -Xclang -verify-ignore-unexpected=note -isystem %t/kd %s
// Correct use is silent.
// RUN: %clang -fsyntax-only -D_GNU_SOURCE -DKT_GOOD -Werror -Wno-unused-result -include %t/kapi-diagnose.h %s
// RUN: %clang -fsyntax-only -D_GNU_SOURCE -DKT_GOOD -Werror -include %t/kapi-diagnose.h -x c++ -std=c++17 %s
#include <stddef.h> /* NULL first: see the sigaction entry of the table */
#include <signal.h>
#include <sys/pidfd.h>
#include <sys/wait.h>

#ifdef KT_GOOD
int good(int pidfd, siginfo_t *info, int *st, sigset_t *set)
{
	struct sigaction sa;
	int r = 0;

	sigemptyset(&sa.sa_mask);
	sa.sa_handler = SIG_IGN;
	sa.sa_flags = 0;
	r |= sigaction(SIGINT, &sa, NULL);
	r |= sigaction(SIGKILL, NULL, &sa);
	r |= sigprocmask(SIG_BLOCK, set, NULL);
	r |= pthread_sigmask(SIG_SETMASK, NULL, set);
	r |= waitpid(-1, st, WNOHANG | WUNTRACED);
	r |= waitid(P_ALL, 0, info, WEXITED | WNOWAIT);
	r |= wait4(0, st, __WALL, NULL);
	r |= sigsuspend(set);
#ifndef __cplusplus
	r |= pidfd_open(1, PIDFD_NONBLOCK);
	r |= pidfd_getfd(pidfd, 0, 0);
	r |= pidfd_send_signal(pidfd, SIGTERM, NULL, 0);
#endif
	(void)pidfd;
	return r;
}
#else
int misuse(int pidfd, siginfo_t *info, int *st)
{
	int r = 0;

	r |= sigaction(0, NULL, NULL); // expected-warning {{argument 'sig' of sigaction is outside the documented range [1, 64] [kapi-range]}}
	r |= sigsuspend(NULL); // expected-warning {{null pointer passed as 'unewset' of sigsuspend, which is not optional [kapi-null]}} expected-warning {{null passed to a callee that requires a non-null argument}}
	r |= waitpid(-1, st, WEXITED); // expected-warning {{argument 'options' of waitpid has bits outside the documented mask 0xe000000b [kapi-mask]}}
	r |= waitid(P_ALL, 0, info, WNOHANG); // expected-warning {{the arguments of waitid break the constraint 'a state to wait for' of sys_waitid: options must hold WEXITED, WSTOPPED or WCONTINUED [kapi-arg-constraint]}}
	r |= wait3(st, WNOWAIT, NULL); // expected-warning {{argument 'options' of wait3 has bits outside the documented mask 0xe000000b [kapi-mask]}}
#ifndef __cplusplus
	r |= pidfd_open(1, 1); // expected-warning {{argument 'flags' of pidfd_open has bits outside the documented mask 0x880 [kapi-mask]}}
	r |= pidfd_getfd(pidfd, 0, 1); // expected-warning {{argument 'flags' of pidfd_getfd is outside the documented range [0, 0] [kapi-range]}}
	r |= pidfd_send_signal(pidfd, 65, NULL, 0); // expected-warning {{argument 'sig' of pidfd_send_signal is outside the documented range [0, 64] [kapi-range]}}
#endif
	(void)pidfd;
	return r;
}
#endif
