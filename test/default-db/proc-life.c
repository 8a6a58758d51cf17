// Default database, proc_life.c specs (fork, vfork, clone, clone3,
// set_tid_address, execve, execveat,
// rseq, prctl, seccomp, capget, capset, ptrace, reboot): each syscall with
// a checkable constraint once misused (a finding with its rule), and every
// syscall once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/reboot.h>
#include <sys/rseq.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

/* ---- creating processes ------------------------------------------------ */

pid_t t_fork(void)
{
	pid_t pid = fork();

	if (pid < 0)
		return -1;
	return pid;
}

pid_t t_vfork(char *const argv[])
{
	pid_t pid = vfork();

	if (pid == 0) {
		execv(argv[0], argv);
		_exit(127);
	}
	return pid;
}

int t_clone(int (*fn)(void *), void *stack, void *arg)
{
#ifdef KT_GOOD
	/* A thread: CLONE_THREAD needs CLONE_SIGHAND, which needs CLONE_VM. */
	if (clone(fn, stack, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
		  CLONE_THREAD | CLONE_SYSVSEM, arg) < 0)
		return -1;
	/* A child in new namespaces, with its exit signal. */
	return clone(fn, stack, CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWUTS | SIGCHLD, arg);
#else
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of clone break the constraint 'threads share signal handlers' of sys_clone{{.*}}[kapi-arg-constraint]
	if (clone(fn, stack, CLONE_VM | CLONE_THREAD, arg) < 0)
		return -1;
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of clone break the constraint 'new mount namespace without a shared fs context' of sys_clone{{.*}}[kapi-arg-constraint]
	return clone(fn, stack, CLONE_NEWNS | CLONE_FS | SIGCHLD, arg);
#endif
}

long t_sys_clone(int *ptid)
{
#ifdef KT_GOOD
	/* A fork with a pidfd stored in *ptid. */
	return syscall(SYS_clone, CLONE_PIDFD | SIGCHLD, 0, ptid, NULL, 0);
#else
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_clone) break the constraint 'shared signal handlers need a shared address space' of sys_clone{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_clone, CLONE_SIGHAND | SIGCHLD, 0, NULL, NULL, 0) < 0)
		return -1;
	// The pidfd and the parent's tid would share *ptid.
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_clone) break the constraint 'pidfd alone in parent_tidptr' of sys_clone{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_clone, CLONE_PIDFD | CLONE_PARENT_SETTID | SIGCHLD, 0, ptid, NULL, 0) < 0)
		return -1;
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_clone) break the constraint 'new ipc namespace without shared semaphore undo' of sys_clone{{.*}}[kapi-arg-constraint]
	return syscall(SYS_clone, CLONE_NEWIPC | CLONE_SYSVSEM | SIGCHLD, 0, NULL, NULL, 0);
#endif
}

long t_clone3(struct clone_args *args)
{
#ifdef KT_GOOD
	return syscall(SYS_clone3, args, sizeof(*args));
#else
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'size' of syscall(SYS_clone3) is 32, outside the documented range [64, 4096]{{.*}}[kapi-range]
	return syscall(SYS_clone3, args, 32);
#endif
}

long t_set_tid_address(int *tid)
{
	return syscall(SYS_set_tid_address, tid);
}

/* ---- running a program ------------------------------------------------- */

int t_execve(const char *path, char *const argv[], char *const envp[])
{
#ifdef KT_GOOD
	return execve(path, argv, envp);
#else
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'filename' of execve, which is not optional [kapi-null]
	return execve(NULL, argv, envp);
#endif
}

int t_execveat(int fd, char *const argv[], char *const envp[])
{
#ifdef KT_GOOD
	if (execveat(fd, "", argv, envp, AT_EMPTY_PATH) < 0)
		return -1;
	return fexecve(fd, argv, envp);
#else
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of execveat has bits 0x200 outside the documented mask 0x1100 [kapi-mask]
	return execveat(fd, "", argv, envp, AT_EMPTY_PATH | AT_REMOVEDIR);
#endif
}

/* ---- per-thread registrations ------------------------------------------ */

long t_rseq(struct rseq *rs, uint32_t sig)
{
#ifdef KT_GOOD
	if (syscall(SYS_rseq, rs, 32, 0, sig) < 0)
		return -1;
	return syscall(SYS_rseq, rs, 32, RSEQ_FLAG_UNREGISTER, sig);
#else
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_rseq) has bits 0x2 outside the documented mask 0x1 [kapi-mask]
	if (syscall(SYS_rseq, rs, 32, 2, sig) < 0)
		return -1;
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'rseq_len' of syscall(SYS_rseq) is 20, outside the documented range [32, 4294967295]{{.*}}[kapi-range]
	return syscall(SYS_rseq, rs, 20, 0, sig);
#endif
}

/* ---- process controls -------------------------------------------------- */

int t_prctl(char name[16])
{
#ifdef KT_GOOD
	if (prctl(PR_SET_NAME, "worker", 0, 0, 0) < 0)
		return -1;
	if (prctl(PR_GET_NAME, name, 0, 0, 0) < 0)
		return -1;
	/* Options of the capability module and of Yama. */
	if (prctl(PR_CAPBSET_READ, CAP_SYS_ADMIN, 0, 0, 0) < 0)
		return -1;
	if (prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0) < 0)
		return -1;
	return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
#else
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of prctl break the constraint 'known option' of sys_prctl{{.*}}[kapi-arg-constraint]
	if (prctl(99, 0, 0, 0, 0) < 0)
		return -1;
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of prctl break the constraint 'no_new_privs can only be set' of sys_prctl{{.*}}[kapi-arg-constraint]
	return prctl(PR_SET_NO_NEW_PRIVS, 0, 0, 0, 0);
#endif
}

long t_seccomp(struct sock_fprog *prog, uint32_t *action)
{
	struct sock_fprog mine = *prog;

#ifdef KT_GOOD
	if (syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, action) < 0)
		return -1;
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
		    SECCOMP_FILTER_FLAG_TSYNC | SECCOMP_FILTER_FLAG_LOG, prog) < 0)
		return -1;
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
		    SECCOMP_FILTER_FLAG_NEW_LISTENER | SECCOMP_FILTER_FLAG_TSYNC |
		    SECCOMP_FILTER_FLAG_TSYNC_ESRCH, prog) < 0)
		return -1;
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0, NULL);
#else
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'op' of syscall(SYS_seccomp) is 4, not one of the documented values{{.*}}[kapi-enum]
	if (syscall(SYS_seccomp, 4, 0, prog) < 0)
		return -1;
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_seccomp) break the constraint 'flags only for a filter' of sys_seccomp{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, SECCOMP_FILTER_FLAG_LOG, action) < 0)
		return -1;
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_seccomp) break the constraint 'tsync with a listener needs tsync_esrch' of sys_seccomp{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC | SECCOMP_FILTER_FLAG_NEW_LISTENER, prog) < 0)
		return -1;
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_seccomp) break the constraint 'strict mode takes no argument' of sys_seccomp{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0, &mine) < 0)
		return -1;
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_seccomp) break the constraint 'the other operations need their argument' of sys_seccomp{{.*}}[kapi-arg-constraint]
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, NULL);
#endif
}

long t_capabilities(struct __user_cap_data_struct data[2])
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };

#ifdef KT_GOOD
	if (syscall(SYS_capget, &hdr, data) < 0)
		return -1;
	return syscall(SYS_capset, &hdr, data);
#else
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'header' of syscall(SYS_capget), which is not optional [kapi-null]
	if (syscall(SYS_capget, NULL, data) < 0)
		return -1;
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'data' of syscall(SYS_capset), which is not optional [kapi-null]
	return syscall(SYS_capset, &hdr, NULL);
#endif
}

long t_ptrace(pid_t pid)
{
	/* No constraint: the request set is not enumerated. */
	if (syscall(SYS_ptrace, PTRACE_SEIZE, pid, 0, 0) < 0)
		return -1;
	return syscall(SYS_ptrace, PTRACE_INTERRUPT, pid, 0, 0);
}

/* ---- reboot ------------------------------------------------------------ */

long t_reboot(void)
{
#ifdef KT_GOOD
	if (reboot(RB_DISABLE_CAD) < 0)
		return -1;
	if (reboot(RB_HALT_SYSTEM) < 0)
		return -1;
	if (syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
		    LINUX_REBOOT_CMD_POWER_OFF, NULL) < 0)
		return -1;
	return syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2C,
		       LINUX_REBOOT_CMD_CAD_ON, NULL);
#else
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'cmd' of syscall(SYS_reboot) is 1, not one of the documented values{{.*}}[kapi-enum]
	if (syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, 1, NULL) < 0)
		return -1;
	// glibc's reboot(int howto): the same bits as the kernel's unsigned cmd
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'cmd' of reboot is 2, not one of the documented values{{.*}}[kapi-enum]
	if (reboot(2) < 0)
		return -1;
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_reboot) break the constraint 'second magic number' of sys_reboot{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, 0, LINUX_REBOOT_CMD_CAD_OFF, NULL) < 0)
		return -1;
	// CHECK: proc-life.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_reboot) break the constraint 'first magic number' of sys_reboot{{.*}}[kapi-arg-constraint]
	return syscall(SYS_reboot, 0, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_CAD_OFF, NULL);
#endif
}
