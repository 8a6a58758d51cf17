// Correct idioms of the families the coverage issues added, as real programs
// write them: kapi-check with the default database and the clangd header
// (kapi-db header, forced in) stay silent on every one.
// RUN: %kapi-check %s -- | count 0
// RUN: %kapi-db header -o %t.h 2>/dev/null
// RUN: %clang -fsyntax-only -Wall -Werror -include %t.h %s
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/fanotify.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/ipc.h>
#include <sys/klog.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/msg.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/reboot.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <linux/futex.h>
#include <time.h>
#include <unistd.h>

int ok(const char *path, int fd, pid_t pid, char **argv, char **envp)
{
	struct timespec ts = {0};
	struct sigaction sa = {0}, old;
	sigset_t set;
	int st, one = 1, sv[2], r = 0, n;
	cpu_set_t cpus;
	struct rlimit rl;
	struct winsize ws;
	struct pollfd pfd = {fd, POLLIN, 0};
	struct epoll_event ev[4];
	struct stat sb;
	struct itimerval itv = {0};
	struct itimerspec its = {0};
	unsigned f = 0;

	r |= clock_gettime(CLOCK_MONOTONIC_RAW, &ts);
	r |= clock_gettime(CLOCK_BOOTTIME, &ts);
	r |= clock_gettime(CLOCK_REALTIME_COARSE, &ts);
	r |= clock_getres(CLOCK_TAI, &ts);
	r |= clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
	r |= nanosleep(&ts, NULL);
	r |= sigaction(SIGINT, &sa, NULL);
	r |= sigaction(SIGKILL, NULL, &old);
	r |= sigemptyset(&set);
	r |= sigprocmask(SIG_SETMASK, &set, NULL);
	r |= sigprocmask(0, NULL, &set);
	r |= pthread_sigmask(SIG_BLOCK, &set, NULL);
	r |= waitpid(-1, &st, WNOHANG);
	r |= waitpid(pid, &st, __WALL);
	r |= wait4(-1, &st, WUNTRACED | WCONTINUED, NULL);
	r |= setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	r |= setsockopt(fd, IPPROTO_TCP, 1, &one, sizeof one);
	r |= socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv);
	r |= mount("none", "/mnt", "tmpfs", MS_NOSUID | MS_NODEV, "size=1m");
	r |= mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
	r |= mount("/a", "/b", NULL, MS_BIND | MS_REC, NULL);
	r |= mount(NULL, "/b", NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL);
	r |= umount2("/mnt", MNT_DETACH);
	r |= umount("/mnt");
	r |= unshare(CLONE_NEWNS | CLONE_NEWUSER);
	r |= unshare(CLONE_FILES | CLONE_FS);
	r |= setns(fd, CLONE_NEWNET);
	r |= setns(fd, 0);
	CPU_ZERO(&cpus);
	r |= sched_setaffinity(0, sizeof(cpus), &cpus);
	r |= sched_getaffinity(0, sizeof(cpus), &cpus);
	r |= sched_setscheduler(0, SCHED_FIFO | SCHED_RESET_ON_FORK, &(struct sched_param){1});
	r |= sched_setscheduler(0, SCHED_OTHER, &(struct sched_param){0});
	r |= ioctl(fd, TIOCGWINSZ, &ws);
	r |= ioctl(fd, FIONREAD, &n);
	r |= ioctl(fd, FIOCLEX);
	r |= ioctl(fd, FIONBIO, &one);
	r |= poll(&pfd, 1, -1);
	r |= epoll_wait(fd, ev, 4, -1);
	r |= epoll_pwait(fd, ev, 4, 100, NULL);
	if (mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0) == MAP_FAILED)
		return -1;
	r |= shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	if (shmat(r, NULL, 0) == (void *)-1)
		return -1;
	if (shmat(r, NULL, SHM_RDONLY) == (void *)-1)
		return -1;
	r |= semctl(r, 0, SETVAL, 1);
	r |= semctl(r, 0, IPC_RMID);
	r |= shmctl(r, IPC_RMID, NULL);
	r |= msgrcv(r, &f, 16, 0, IPC_NOWAIT);
	r |= msgget(IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0600);
	r |= syscall(SYS_futex, &f, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	r |= syscall(SYS_futex, &f, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	r |= syscall(SYS_futex, &f, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, &ts, NULL, FUTEX_BITSET_MATCH_ANY);
	r |= getrlimit(RLIMIT_NOFILE, &rl);
	r |= setrlimit(RLIMIT_CORE, &rl);
	r |= prlimit(0, RLIMIT_NOFILE, NULL, &rl);
	r |= getpriority(PRIO_PROCESS, 0);
	r |= kill(pid, 0);
	r |= kill(-pid, SIGTERM);
	r |= fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC, O_RDONLY);
	r |= fanotify_mark(fd, FAN_MARK_ADD, FAN_OPEN | FAN_CLOSE_WRITE, AT_FDCWD, "/tmp");
	r |= fanotify_mark(fd, FAN_MARK_ADD | FAN_MARK_MOUNT, FAN_OPEN, AT_FDCWD, "/");
	r |= inotify_add_watch(fd, path, IN_MODIFY | IN_CLOSE_WRITE);
	r |= prctl(PR_SET_NAME, "worker");
	r |= prctl(PR_GET_DUMPABLE);
	r |= prctl(PR_SET_PDEATHSIG, SIGKILL);
	r |= prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	r |= prctl(PR_CAPBSET_READ, 0);
	r |= personality(0xffffffff);
	r |= klogctl(10, NULL, 0);
	r |= klogctl(3, (char *)&f, 4);
	r |= reboot(RB_AUTOBOOT);
	r |= stat(path, &sb);
	r |= fstatat(AT_FDCWD, path, &sb, AT_SYMLINK_NOFOLLOW);
	r |= fstatat(fd, "", &sb, AT_EMPTY_PATH);
	r |= utimensat(AT_FDCWD, path, NULL, 0);
	r |= setitimer(ITIMER_REAL, &itv, NULL);
	r |= timerfd_settime(fd, TFD_TIMER_ABSTIME, &its, NULL);
	r |= open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	r |= open(path, O_CREAT | O_EXCL | O_WRONLY, 0600);
	r |= execve(path, argv, envp);
	r |= execveat(fd, "", argv, envp, AT_EMPTY_PATH);
	r |= getcpu(&f, NULL);
	return r;
}
