// SPDX-License-Identifier: MIT
/*
 * kapi-db header: write kapi-diagnose.h, a header that redeclares the bound
 * C-library wrappers with clang's diagnose_if and warn_unused_result, so the
 * compiler itself (and clangd in an editor) flags constant arguments that
 * break a kernel API spec.
 *
 * Inputs: the bindings (checker/bindings.txt's format, FUNCTION SPEC
 * CONVENTION ARGS [HEADER]) say which spec parameter each wrapper argument
 * feeds; the spec database gives the constraints; a prototype table gives
 * the wrapper's declaration.
 *
 * Why a prototype table and not libclang at generation time: diagnose_if
 * names the parameters, so the header needs a full prototype, and the
 * prototype it needs changes with the language and feature macros of the
 * code that includes it (bind() takes a transparent union in GNU C but a
 * plain pointer in C++, lseek() takes __off64_t under _FILE_OFFSET_BITS=64,
 * __THROW is noexcept(true) in C++ only).  Prototypes written with glibc's
 * own portable spellings (__THROW, __CONST_SOCKADDR_ARG, an off_t that
 * follows __USE_FILE_OFFSET64) fit every mode, where a prototype printed
 * by libclang would fit only the mode it was parsed in.  A wrong entry is
 * not silent: a redeclaration that does not match is a hard "conflicting
 * types" error, which test/header catches in C and C++.
 *
 * The bindings reader is a small one of our own: the checker's
 * kapi_bindings.c needs kapi_check.h (libclang's headers), and kapi-db is
 * built without libclang.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kapi_util.h"

#include "kapi_cexpr.h"
#include "kapi_db_tool.h"

/*
 * FUNCTION  GUARD  HEADER  PROTOTYPE
 *
 * GUARD is a preprocessor condition the declaration needs beyond its
 * header (the glibc feature macro that declares it), '-' for none.
 * Parameter names are ours; the generator prefixes them with __kapi_ so no
 * user macro can reach them.  __KAPI_off_t is off_t as glibc spells it in
 * the wrapper's declaration (__off64_t under _FILE_OFFSET_BITS=64).
 */
static const char *const kapi_builtin_protos[] = {
	"open      - fcntl.h int open(const char *file, int flags, ...)",
	"open64    defined(__USE_LARGEFILE64) fcntl.h "
	"int open64(const char *file, int flags, ...)",
	"openat    - fcntl.h int openat(int dfd, const char *file, int flags, "
	"...)",
	"openat64  defined(__USE_LARGEFILE64) fcntl.h "
	"int openat64(int dfd, const char *file, int flags, ...)",
	"creat     - fcntl.h int creat(const char *file, __mode_t mode)",
	"close     - unistd.h int close(int fd)",
	"read      - unistd.h __ssize_t read(int fd, void *buf, size_t count)",
	"write     - unistd.h __ssize_t write(int fd, const void *buf, size_t "
	"count)",
	"pread     - unistd.h __ssize_t pread(int fd, void *buf, size_t count, "
	"__KAPI_off_t pos)",
	"pread64   defined(__USE_LARGEFILE64) unistd.h "
	"__ssize_t pread64(int fd, void *buf, size_t count, __off64_t pos)",
	"pwrite    - unistd.h __ssize_t pwrite(int fd, const void *buf, "
	"size_t count, __KAPI_off_t pos)",
	"pwrite64  defined(__USE_LARGEFILE64) unistd.h "
	"__ssize_t pwrite64(int fd, const void *buf, size_t count, "
	"__off64_t pos)",
	"lseek     - unistd.h __KAPI_off_t lseek(int fd, __KAPI_off_t offset, "
	"int whence) __THROW",
	"dup       - unistd.h int dup(int fd) __THROW",
	"dup2      - unistd.h int dup2(int fd, int fd2) __THROW",
	"dup3      defined(__USE_GNU) unistd.h int dup3(int fd, int fd2, "
	"int flags) __THROW",
	"pipe2     defined(__USE_GNU) unistd.h int pipe2(int *fds, int flags) "
	"__THROW",
	"fsync     - unistd.h int fsync(int fd)",
	"fdatasync - unistd.h int fdatasync(int fd)",
	"ftruncate - unistd.h int ftruncate(int fd, __KAPI_off_t length) "
	"__THROW",
	"flock     - sys/file.h int flock(int fd, int operation) __THROW",
	"fchmod    - sys/stat.h int fchmod(int fd, __mode_t mode) __THROW",
	"unlink    - unistd.h int unlink(const char *name) __THROW",
	"unlinkat  - unistd.h int unlinkat(int dfd, const char *name, int "
	"flag) "
	"__THROW",
	"mkdir     - sys/stat.h int mkdir(const char *path, __mode_t mode) "
	"__THROW",
	"rmdir     - unistd.h int rmdir(const char *path) __THROW",
	"rename    - stdio.h int rename(const char *oldpath, const char "
	"*newpath) "
	"__THROW",
	"chdir     - unistd.h int chdir(const char *path) __THROW",
	"fallocate defined(__USE_GNU) fcntl.h int fallocate(int fd, int mode, "
	"__KAPI_off_t offset, __KAPI_off_t len)",
	"posix_fallocate - fcntl.h int posix_fallocate(int fd, "
	"__KAPI_off_t offset, __KAPI_off_t len)",
	"posix_fadvise - fcntl.h int posix_fadvise(int fd, __KAPI_off_t "
	"offset, "
	"__KAPI_off_t len, int advice) __THROW",
	"memfd_create defined(__USE_GNU) sys/mman.h "
	"int memfd_create(const char *name, unsigned int flags) __THROW",
	"eventfd   - sys/eventfd.h int eventfd(unsigned int count, int flags) "
	"__THROW",
	"epoll_create1 - sys/epoll.h int epoll_create1(int flags) __THROW",
	"epoll_ctl - sys/epoll.h int epoll_ctl(int epfd, int op, int fd, "
	"struct epoll_event *event) __THROW",
	"inotify_init1 - sys/inotify.h int inotify_init1(int flags) __THROW",
	"timerfd_create - sys/timerfd.h int timerfd_create(__clockid_t "
	"clockid, "
	"int flags) __THROW",
	"signalfd  - sys/signalfd.h int signalfd(int fd, const sigset_t *mask, "
	"int flags) __THROW",
	"getrandom - sys/random.h __ssize_t getrandom(void *buf, size_t len, "
	"unsigned int flags)",
	"mmap      - sys/mman.h void *mmap(void *addr, size_t len, int prot, "
	"int flags, int fd, __KAPI_off_t offset) __THROW",
	"munmap    - sys/mman.h int munmap(void *addr, size_t len) __THROW",
	"mprotect  - sys/mman.h int mprotect(void *addr, size_t len, int prot) "
	"__THROW",
	"madvise   - sys/mman.h int madvise(void *addr, size_t len, int "
	"advice) "
	"__THROW",
	"posix_madvise - sys/mman.h int posix_madvise(void *addr, size_t len, "
	"int advice) __THROW",
	"mlock     - sys/mman.h int mlock(const void *addr, size_t len) "
	"__THROW",
	"mlock2    defined(__USE_GNU) sys/mman.h int mlock2(const void *addr, "
	"size_t len, unsigned int flags) __THROW",
	"munlock   - sys/mman.h int munlock(const void *addr, size_t len) "
	"__THROW",
	"mlockall  - sys/mman.h int mlockall(int flags) __THROW",
	"msync     - sys/mman.h int msync(void *addr, size_t len, int flags)",
	"mremap    defined(__USE_GNU) sys/mman.h void *mremap(void *addr, "
	"size_t old_len, size_t new_len, int flags, ...) __THROW",
	/* mm family */
	"mincore   defined(__USE_MISC) sys/mman.h int mincore(void *start, "
	"size_t len, unsigned char *vec) __THROW",
	"munlockall - sys/mman.h int munlockall(void) __THROW",
	"pkey_alloc defined(__USE_GNU) sys/mman.h int pkey_alloc(unsigned int "
	"flags, "
	"unsigned int access_rights) __THROW",
	"pkey_free defined(__USE_GNU) sys/mman.h int pkey_free(int key) "
	"__THROW",
	"pkey_mprotect defined(__USE_GNU) sys/mman.h int pkey_mprotect(void "
	"*addr, "
	"size_t len, int prot, int pkey) __THROW",
	"remap_file_pages defined(__USE_GNU) sys/mman.h int remap_file_pages("
	"void *start, size_t size, int prot, size_t pgoff, int flags) __THROW",
	"process_madvise defined(__USE_GNU) sys/mman.h __ssize_t "
	"process_madvise("
	"int pidfd, const struct iovec *iov, size_t count, int advice, "
	"unsigned int flags) __THROW",
	"process_mrelease defined(__USE_GNU) sys/mman.h int process_mrelease("
	"int pidfd, unsigned int flags) __THROW",
	"process_vm_readv defined(__USE_GNU) sys/uio.h __ssize_t "
	"process_vm_readv("
	"__pid_t pid, const struct iovec *lvec, unsigned long liovcnt, "
	"const struct iovec *rvec, unsigned long riovcnt, unsigned long flags) "
	"__THROW",
	"process_vm_writev defined(__USE_GNU) sys/uio.h __ssize_t "
	"process_vm_writev("
	"__pid_t pid, const struct iovec *lvec, unsigned long liovcnt, "
	"const struct iovec *rvec, unsigned long riovcnt, unsigned long flags) "
	"__THROW",
	"swapon    - sys/swap.h int swapon(const char *path, int flags) "
	"__THROW",
	"swapoff   - sys/swap.h int swapoff(const char *path) __THROW",
	"socket    - sys/socket.h int socket(int domain, int type, int "
	"protocol) "
	"__THROW",
	"bind      - sys/socket.h int bind(int fd, __CONST_SOCKADDR_ARG addr, "
	"__socklen_t len) __THROW",
	"connect   - sys/socket.h int connect(int fd, __CONST_SOCKADDR_ARG "
	"addr, "
	"__socklen_t len)",
	"listen    - sys/socket.h int listen(int fd, int backlog) __THROW",
	"accept4   defined(__USE_GNU) sys/socket.h int accept4(int fd, "
	"__SOCKADDR_ARG addr, __socklen_t *__restrict addrlen, int flags)",
	"shutdown  - sys/socket.h int shutdown(int fd, int how) __THROW",
	"readv     - sys/uio.h __ssize_t readv(int fd, const struct iovec "
	"*iov, "
	"int count)",
	"writev    - sys/uio.h __ssize_t writev(int fd, const struct iovec "
	"*iov, "
	"int count)",
	"fcntl     - fcntl.h int fcntl(int fd, int cmd, ...)",
	"fcntl64   defined(__USE_LARGEFILE64) fcntl.h "
	"int fcntl64(int fd, int cmd, ...)",
	"close_range defined(__USE_GNU) unistd.h int close_range(unsigned int "
	"fd, "
	"unsigned int max_fd, int flags) __THROW",
	"mkdirat   defined(__USE_ATFILE) sys/stat.h int mkdirat(int dfd, "
	"const char *path, __mode_t mode) __THROW",
	"renameat2 defined(__USE_GNU) stdio.h int renameat2(int olddfd, "
	"const char *oldpath, int newdfd, const char *newpath, "
	"unsigned int flags) __THROW",
	"faccessat defined(__USE_ATFILE) unistd.h int faccessat(int dfd, "
	"const char *file, int mode, int flags) __THROW",
	"statx     defined(__USE_GNU) sys/stat.h int statx(int dfd, "
	"const char *path, int flags, unsigned int mask, struct statx *buf) "
	"__THROW",
	"getdents64 defined(__USE_GNU) dirent.h __ssize_t getdents64(int fd, "
	"void *buf, size_t count) __THROW",
	"setxattr  - sys/xattr.h int setxattr(const char *path, const char "
	"*name, "
	"const void *value, size_t size, int flags) __THROW",
	"getxattr  - sys/xattr.h __ssize_t getxattr(const char *path, "
	"const char *name, void *value, size_t size) __THROW",
	"removexattr - sys/xattr.h int removexattr(const char *path, "
	"const char *name) __THROW",
	/* fsstat family: the l* and f* xattr calls, file handles */
	"lsetxattr - sys/xattr.h int lsetxattr(const char *path, "
	"const char *name, const void *value, size_t size, int flags) __THROW",
	"fsetxattr - sys/xattr.h int fsetxattr(int fd, const char *name, "
	"const void *value, size_t size, int flags) __THROW",
	"lgetxattr - sys/xattr.h __ssize_t lgetxattr(const char *path, "
	"const char *name, void *value, size_t size) __THROW",
	"fgetxattr - sys/xattr.h __ssize_t fgetxattr(int fd, const char *name, "
	"void *value, size_t size) __THROW",
	"listxattr - sys/xattr.h __ssize_t listxattr(const char *path, "
	"char *list, size_t size) __THROW",
	"llistxattr - sys/xattr.h __ssize_t llistxattr(const char *path, "
	"char *list, size_t size) __THROW",
	"flistxattr - sys/xattr.h __ssize_t flistxattr(int fd, char *list, "
	"size_t size) __THROW",
	"lremovexattr - sys/xattr.h int lremovexattr(const char *path, "
	"const char *name) __THROW",
	"fremovexattr - sys/xattr.h int fremovexattr(int fd, const char *name) "
	"__THROW",
	"name_to_handle_at defined(__USE_GNU) fcntl.h int name_to_handle_at("
	"int dfd, const char *name, struct file_handle *handle, int *mnt_id, "
	"int flags) __THROW",
	"open_by_handle_at defined(__USE_GNU) fcntl.h int open_by_handle_at("
	"int mountdirfd, struct file_handle *handle, int flags)",
	"epoll_wait - sys/epoll.h int epoll_wait(int epfd, "
	"struct epoll_event *events, int maxevents, int timeout)",
	"inotify_add_watch - sys/inotify.h int inotify_add_watch(int fd, "
	"const char *path, uint32_t mask) __THROW",
	"timerfd_settime - sys/timerfd.h int timerfd_settime(int fd, int "
	"flags, "
	"const struct itimerspec *utmr, struct itimerspec *otmr) __THROW",
	"send      - sys/socket.h __ssize_t send(int fd, const void *buf, "
	"size_t len, int flags)",
	"recv      - sys/socket.h __ssize_t recv(int fd, void *buf, size_t "
	"len, "
	"int flags)",
	"sendto    - sys/socket.h __ssize_t sendto(int fd, const void *buf, "
	"size_t len, int flags, __CONST_SOCKADDR_ARG addr, __socklen_t "
	"addr_len)",
	"recvfrom  - sys/socket.h __ssize_t recvfrom(int fd, void *buf, "
	"size_t len, int flags, __SOCKADDR_ARG addr, __socklen_t *addr_len)",
	/*
	 * No libaio or liburing entries: the header includes every header it
	 * redeclares from in every file it is forced into, and theirs are
	 * not fit for that (liburing.h needs C++11 atomics, libaio.h takes
	 * names like io_context_t).  kapi-check covers those calls.
	 */
	"getpid    - unistd.h __pid_t getpid(void) __THROW",
	"kill      - signal.h int kill(__pid_t pid, int sig) __THROW",
	"prctl     - sys/prctl.h int prctl(int option, ...) __THROW",
	/* sched family (sched.c, sys.c): glibc 2.36's declarations */
	"sched_setscheduler - sched.h int sched_setscheduler(__pid_t pid, "
	"int policy, const struct sched_param *param) __THROW",
	"sched_getscheduler - sched.h int sched_getscheduler(__pid_t pid) "
	"__THROW",
	"sched_setparam - sched.h int sched_setparam(__pid_t pid, "
	"const struct sched_param *param) __THROW",
	"sched_getparam - sched.h int sched_getparam(__pid_t pid, "
	"struct sched_param *param) __THROW",
	"sched_rr_get_interval - sched.h int sched_rr_get_interval(__pid_t "
	"pid, "
	"struct timespec *t) __THROW",
	"sched_setaffinity defined(__USE_GNU) sched.h int sched_setaffinity("
	"__pid_t pid, size_t cpusetsize, const cpu_set_t *cpuset) __THROW",
	"sched_getaffinity defined(__USE_GNU) sched.h int sched_getaffinity("
	"__pid_t pid, size_t cpusetsize, cpu_set_t *cpuset) __THROW",
	"getcpu    defined(__USE_GNU) sched.h int getcpu(unsigned int *cpu, "
	"unsigned int *node) __THROW",
	"uname     - sys/utsname.h int uname(struct utsname *name) __THROW",
	"sethostname defined(__USE_MISC) unistd.h int sethostname("
	"const char *name, size_t len) __THROW",
	"setdomainname defined(__USE_MISC) unistd.h int setdomainname("
	"const char *name, size_t len) __THROW",
	/* signal.c: signal actions and masks, waiting for and queueing
	 * signals, the alternate stack, pidfds, wait*.  Guards and __THROW as
	 * glibc 2.36 declares them (x86_64, 64-bit time_t). */
	"sigaction defined(__USE_POSIX) signal.h "
	"int sigaction(int sig, "
	"const struct sigaction *__restrict act, "
	"struct sigaction *__restrict oact) __THROW",
	"sigprocmask defined(__USE_POSIX) signal.h "
	"int sigprocmask(int how, "
	"const sigset_t *__restrict set, sigset_t *__restrict oset) __THROW",
	"pthread_sigmask defined(__USE_POSIX199506)||defined(__USE_UNIX98) "
	"signal.h int pthread_sigmask(int how, "
	"const __sigset_t *__restrict newmask, "
	"__sigset_t *__restrict oldmask) __THROW",
	"sigpending defined(__USE_POSIX) signal.h int sigpending(sigset_t "
	"*set) "
	"__THROW",
	"sigsuspend defined(__USE_POSIX) signal.h "
	"int sigsuspend(const sigset_t *set)",
	"sigwait   defined(__USE_POSIX199506) signal.h "
	"int sigwait(const sigset_t *__restrict set, int *__restrict sig)",
	"sigwaitinfo defined(__USE_POSIX199309) signal.h "
	"int sigwaitinfo(const sigset_t *__restrict set, "
	"siginfo_t *__restrict info)",
	"sigtimedwait defined(__USE_POSIX199309) signal.h "
	"int sigtimedwait(const sigset_t *__restrict set, "
	"siginfo_t *__restrict info, "
	"const struct timespec *__restrict timeout)",
	"sigqueue  defined(__USE_POSIX199309) signal.h int sigqueue(__pid_t "
	"pid, "
	"int sig, const union sigval val) __THROW",
	"sigaltstack defined(__USE_XOPEN_EXTENDED)||defined(__USE_MISC) "
	"signal.h "
	"int sigaltstack(const stack_t *__restrict ss, "
	"stack_t *__restrict oss) __THROW",
	/* glibc 2.36's <sys/pidfd.h> has no extern "C" block: in C++ its
	 * declarations have C++ linkage and cannot be redeclared from here. */
	"pidfd_open !defined(__cplusplus) sys/pidfd.h "
	"int pidfd_open(__pid_t pid, unsigned int flags) __THROW",
	"pidfd_getfd !defined(__cplusplus) sys/pidfd.h "
	"int pidfd_getfd(int pidfd, int targetfd, unsigned int flags) __THROW",
	"pidfd_send_signal !defined(__cplusplus) sys/pidfd.h "
	"int pidfd_send_signal(int pidfd, int sig, siginfo_t *info, "
	"unsigned int flags) __THROW",
	"waitpid   - sys/wait.h __pid_t waitpid(__pid_t pid, int *stat_loc, "
	"int options)",
	"waitid    defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K8) "
	"sys/wait.h int waitid(idtype_t idtype, __id_t id, siginfo_t *infop, "
	"int options)",
	"wait3     defined(__USE_MISC)||(defined(__USE_XOPEN_EXTENDED)&&"
	"!defined(__USE_XOPEN2K)) sys/wait.h __pid_t wait3(int *stat_loc, "
	"int options, struct rusage *usage) __THROWNL",
	"wait4     defined(__USE_MISC) sys/wait.h __pid_t wait4(__pid_t pid, "
	"int *stat_loc, int options, struct rusage *usage) __THROWNL",
	/* net family (net.c, events.c); poll and ppoll are further down */
	"socketpair - sys/socket.h int socketpair(int domain, int type, "
	"int protocol, int *fds) __THROW",
	"accept    - sys/socket.h int accept(int fd, __SOCKADDR_ARG addr, "
	"__socklen_t *__restrict addrlen)",
	"getsockname - sys/socket.h int getsockname(int fd, __SOCKADDR_ARG "
	"addr, "
	"__socklen_t *__restrict len) __THROW",
	"getpeername - sys/socket.h int getpeername(int fd, __SOCKADDR_ARG "
	"addr, "
	"__socklen_t *__restrict len) __THROW",
	"setsockopt - sys/socket.h int setsockopt(int fd, int level, "
	"int optname, const void *optval, __socklen_t optlen) __THROW",
	"getsockopt - sys/socket.h int getsockopt(int fd, int level, "
	"int optname, void *__restrict optval, __socklen_t *__restrict optlen) "
	"__THROW",
	"sendmsg   - sys/socket.h __ssize_t sendmsg(int fd, "
	"const struct msghdr *msg, int flags)",
	"recvmsg   - sys/socket.h __ssize_t recvmsg(int fd, struct msghdr "
	"*msg, "
	"int flags)",
	"sendmmsg  defined(__USE_GNU) sys/socket.h int sendmmsg(int fd, "
	"struct mmsghdr *vmessages, unsigned int vlen, int flags)",
	"recvmmsg  defined(__USE_GNU) sys/socket.h int recvmmsg(int fd, "
	"struct mmsghdr *vmessages, unsigned int vlen, int flags, "
	"struct timespec *tmo)",
	"select    - sys/select.h int select(int nfds, fd_set *__restrict "
	"rfds, "
	"fd_set *__restrict wfds, fd_set *__restrict efds, "
	"struct timeval *__restrict timeout)",
	"pselect   defined(__USE_XOPEN2K) sys/select.h int pselect(int nfds, "
	"fd_set *__restrict rfds, fd_set *__restrict wfds, "
	"fd_set *__restrict efds, const struct timespec *__restrict timeout, "
	"const __sigset_t *__restrict sigmask)",
	"epoll_create - sys/epoll.h int epoll_create(int size) __THROW",
	"epoll_pwait - sys/epoll.h int epoll_pwait(int epfd, "
	"struct epoll_event *events, int maxevents, int timeout, "
	"const __sigset_t *ss)",
	"epoll_pwait2 - sys/epoll.h int epoll_pwait2(int epfd, "
	"struct epoll_event *events, int maxevents, "
	"const struct timespec *timeout, const __sigset_t *ss)",
	"inotify_init - sys/inotify.h int inotify_init(void) __THROW",
	"inotify_rm_watch - sys/inotify.h int inotify_rm_watch(int fd, int wd) "
	"__THROW",
	"pipe      - unistd.h int pipe(int *fds) __THROW",
	/* ipc family: System V IPC and POSIX message queues (x86_64 has no
	 * __TIMESIZE == 32 redirects) */
	"msgsnd    - sys/msg.h int msgsnd(int msqid, const void *msgp, "
	"size_t msgsz, int msgflg)",
	"msgrcv    - sys/msg.h __ssize_t msgrcv(int msqid, void *msgp, "
	"size_t msgsz, long int msgtyp, int msgflg)",
	"msgctl    - sys/msg.h int msgctl(int msqid, int cmd, "
	"struct msqid_ds *buf) __THROW",
	"semop     - sys/sem.h int semop(int semid, struct sembuf *sops, "
	"size_t nsops) __THROW",
	"semtimedop defined(__USE_GNU) sys/sem.h int semtimedop(int semid, "
	"struct sembuf *sops, size_t nsops, const struct timespec *timeout) "
	"__THROW",
	"semctl    - sys/sem.h int semctl(int semid, int semnum, int cmd, ...) "
	"__THROW",
	"shmat     - sys/shm.h void *shmat(int shmid, const void *shmaddr, "
	"int shmflg) __THROW",
	"shmctl    - sys/shm.h int shmctl(int shmid, int cmd, "
	"struct shmid_ds *buf) __THROW",
	"mq_open   - mqueue.h mqd_t mq_open(const char *name, int oflag, ...) "
	"__THROW",
	"mq_send   - mqueue.h int mq_send(mqd_t mqdes, const char *msg_ptr, "
	"size_t msg_len, unsigned int msg_prio)",
	"mq_timedsend defined(__USE_XOPEN2K) mqueue.h int mq_timedsend("
	"mqd_t mqdes, const char *msg_ptr, size_t msg_len, "
	"unsigned int msg_prio, const struct timespec *abs_timeout)",
	/* config family (events.c): fanotify, glibc 2.36's declarations */
	"fanotify_init - sys/fanotify.h int fanotify_init(unsigned int flags, "
	"unsigned int event_f_flags) __THROW",
	"fanotify_mark - sys/fanotify.h int fanotify_mark(int fanotify_fd, "
	"unsigned int flags, uint64_t mask, int dfd, const char *pathname) "
	"__THROW",
	/* io family (fs_ioctl.c): glibc 2.36's declaration; arg is the
	 * variadic argument, which no diagnose_if can name. */
	"ioctl     - sys/ioctl.h int ioctl(int fd, unsigned long int request, "
	"...) __THROW",
	/* mount family (mount.c, ns_admin.c) */
	"mount     - sys/mount.h int mount(const char *special_file, "
	"const char *dir, const char *fstype, unsigned long int rwflag, "
	"const void *data) __THROW",
	"umount    - sys/mount.h int umount(const char *special_file) __THROW",
	"umount2   - sys/mount.h int umount2(const char *special_file, "
	"int flags) __THROW",
	"unshare   defined(__USE_GNU) sched.h int unshare(int flags) __THROW",
	"setns     defined(__USE_GNU) sched.h int setns(int fd, int nstype) "
	"__THROW",
	"klogctl   - sys/klog.h int klogctl(int type, char *bufp, int len) "
	"__THROW",
	"acct      defined(__USE_MISC) unistd.h int acct(const char *name) "
	"__THROW",
	"vhangup   defined(__USE_MISC) unistd.h int vhangup(void) __THROW",
	"quotactl  - sys/quota.h int quotactl(int cmd, const char *special, "
	"int id, __caddr_t addr) __THROW",
	/* The new mount API is declared in <sys/mount.h> since glibc 2.36. */
	"fsopen    (__GLIBC__>2||(__GLIBC__==2&&__GLIBC_MINOR__>=36)) "
	"sys/mount.h int fsopen(const char *fs_name, "
	"unsigned int flags) __THROW",
	"fsmount   (__GLIBC__>2||(__GLIBC__==2&&__GLIBC_MINOR__>=36)) "
	"sys/mount.h int fsmount(int fd, "
	"unsigned int flags, unsigned int ms_flags) __THROW",
	"move_mount (__GLIBC__>2||(__GLIBC__==2&&__GLIBC_MINOR__>=36)) "
	"sys/mount.h int move_mount(int from_dfd, "
	"const char *from_pathname, int to_dfd, const char *to_pathname, "
	"unsigned int flags) __THROW",
	"fsconfig  (__GLIBC__>2||(__GLIBC__==2&&__GLIBC_MINOR__>=36)) "
	"sys/mount.h int fsconfig(int fd, "
	"unsigned int cmd, const char *key, const void *value, int aux) "
	"__THROW",
	"fspick    (__GLIBC__>2||(__GLIBC__==2&&__GLIBC_MINOR__>=36)) "
	"sys/mount.h int fspick(int dfd, "
	"const char *path, unsigned int flags) __THROW",
	"open_tree (__GLIBC__>2||(__GLIBC__==2&&__GLIBC_MINOR__>=36)) "
	"sys/mount.h int open_tree(int dfd, "
	"const char *filename, unsigned int flags) __THROW",
	"mount_setattr (__GLIBC__>2||(__GLIBC__==2&&__GLIBC_MINOR__>=36)) "
	"sys/mount.h int mount_setattr(int dfd, "
	"const char *path, unsigned int flags, struct mount_attr *uattr, "
	"size_t usize) __THROW",
	/* proc family (proc_life.c): glibc 2.36's declarations */
	"execve    - unistd.h int execve(const char *path, char *const *argv, "
	"char *const *envp) __THROW",
	"execveat  defined(__USE_GNU) unistd.h int execveat(int fd, "
	"const char *path, char *const *argv, char *const *envp, int flags) "
	"__THROW",
	"fexecve   defined(__USE_XOPEN2K8) unistd.h int fexecve(int fd, "
	"char *const *argv, char *const *envp) __THROW",
	/* fs family (fs_attr.c, fs_link.c): permissions, owners, links, the
	 * *at calls.  Guards and __THROW as glibc 2.36 declares them. */
	"access - unistd.h int access(const char *name, int type) __THROW",
	"chmod - sys/stat.h int chmod(const char *file, __mode_t mode) __THROW",
	"fchmodat defined(__USE_ATFILE) sys/stat.h int fchmodat(int dfd, const "
	"char *file, __mode_t mode, int flag) __THROW",
	"chown - unistd.h int chown(const char *file, __uid_t owner, __gid_t "
	"group) __THROW",
	"lchown defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K8) "
	"unistd.h int lchown(const char *file, __uid_t owner, __gid_t group) "
	"__THROW",
	"fchown defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K8) "
	"unistd.h int fchown(int fd, __uid_t owner, __gid_t group) __THROW",
	"fchownat defined(__USE_ATFILE) unistd.h int fchownat(int dfd, const "
	"char *file, __uid_t owner, __gid_t group, int flag) __THROW",
	"fchdir defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K8) "
	"unistd.h int fchdir(int fd) __THROW",
	"chroot "
	"defined(__USE_MISC)||(defined(__USE_XOPEN)&&!defined(__USE_XOPEN2K)) "
	"unistd.h int chroot(const char *path) __THROW",
	"mknod defined(__USE_MISC)||defined(__USE_XOPEN_EXTENDED) sys/stat.h "
	"int mknod(const char *path, __mode_t mode, __dev_t dev) __THROW",
	"mknodat "
	"(defined(__USE_MISC)||defined(__USE_XOPEN_EXTENDED))&&defined(__USE_"
	"ATFILE) sys/stat.h int mknodat(int dfd, const char *path, __mode_t "
	"mode, __dev_t dev) __THROW",
	"link - unistd.h int link(const char *from, const char *to) __THROW",
	"linkat defined(__USE_ATFILE) unistd.h int linkat(int fromfd, const "
	"char *from, int tofd, const char *to, int flags) __THROW",
	"symlink defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K) "
	"unistd.h int symlink(const char *from, const char *to) __THROW",
	"symlinkat defined(__USE_ATFILE) unistd.h int symlinkat(const char "
	"*from, int tofd, const char *to) __THROW",
	"renameat defined(__USE_ATFILE) stdio.h int renameat(int olddfd, const "
	"char *oldpath, int newdfd, const char *newpath) __THROW",
	"readlink defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K) "
	"unistd.h __ssize_t readlink(const char *__restrict path, char "
	"*__restrict buf, size_t len) __THROW",
	"readlinkat defined(__USE_ATFILE) unistd.h __ssize_t readlinkat(int "
	"dfd, const char *__restrict path, char *__restrict buf, size_t len) "
	"__THROW",
	"truncate defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K8) "
	"unistd.h int truncate(const char *file, __KAPI_off_t length) __THROW",
	"truncate64 "
	"(defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K8))&&defined(__"
	"USE_LARGEFILE64) unistd.h int truncate64(const char *file, __off64_t "
	"length) __THROW",
	"ftruncate64 "
	"(defined(__USE_POSIX199309)||defined(__USE_XOPEN_EXTENDED)||defined(__"
	"USE_XOPEN2K))&&defined(__USE_LARGEFILE64) unistd.h int "
	"ftruncate64(int fd, __off64_t length) __THROW",
	"lseek64 defined(__USE_LARGEFILE64) unistd.h __off64_t lseek64(int fd, "
	"__off64_t offset, int whence) __THROW",
	"creat64 defined(__USE_LARGEFILE64) fcntl.h int creat64(const char "
	"*file, __mode_t mode)",
	"fallocate64 defined(__USE_GNU)&&defined(__USE_LARGEFILE64) fcntl.h "
	"int fallocate64(int fd, int mode, __off64_t offset, __off64_t len)",
	"posix_fallocate64 defined(__USE_XOPEN2K)&&defined(__USE_LARGEFILE64) "
	"fcntl.h int posix_fallocate64(int fd, __off64_t offset, __off64_t "
	"len)",
	"posix_fadvise64 defined(__USE_XOPEN2K)&&defined(__USE_LARGEFILE64) "
	"fcntl.h int posix_fadvise64(int fd, __off64_t offset, __off64_t len, "
	"int advice) __THROW",
	"mmap64 defined(__USE_LARGEFILE64) sys/mman.h void *mmap64(void *addr, "
	"size_t len, int prot, int flags, int fd, __off64_t offset) __THROW",
	/* stat family: stat, statfs and the timestamps.  Under
	 * __USE_FILE_OFFSET64 glibc redirects stat to stat64 and so on with
	 * the same parameter types, so one prototype fits both. */
	"stat - sys/stat.h int stat(const char *__restrict file, struct stat "
	"*__restrict buf) __THROW",
	"stat64 defined(__USE_LARGEFILE64) sys/stat.h int stat64(const char "
	"*__restrict file, struct stat64 *__restrict buf) __THROW",
	"lstat defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K) "
	"sys/stat.h int lstat(const char *__restrict file, struct stat "
	"*__restrict buf) __THROW",
	"lstat64 "
	"(defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K))&&defined(__"
	"USE_LARGEFILE64) sys/stat.h int lstat64(const char *__restrict file, "
	"struct stat64 *__restrict buf) __THROW",
	"fstat - sys/stat.h int fstat(int fd, struct stat *buf) __THROW",
	"fstat64 defined(__USE_LARGEFILE64) sys/stat.h int fstat64(int fd, "
	"struct stat64 *buf) __THROW",
	"fstatat defined(__USE_ATFILE) sys/stat.h int fstatat(int dfd, const "
	"char *__restrict file, struct stat *__restrict buf, int flag) __THROW",
	"fstatat64 defined(__USE_ATFILE)&&defined(__USE_LARGEFILE64) "
	"sys/stat.h int fstatat64(int dfd, const char *__restrict file, struct "
	"stat64 *__restrict buf, int flag) __THROW",
	"statfs - sys/statfs.h int statfs(const char *file, struct statfs "
	"*buf) __THROW",
	"statfs64 defined(__USE_LARGEFILE64) sys/statfs.h int statfs64(const "
	"char *file, struct statfs64 *buf) __THROW",
	"fstatfs - sys/statfs.h int fstatfs(int fd, struct statfs *buf) "
	"__THROW",
	"fstatfs64 defined(__USE_LARGEFILE64) sys/statfs.h int fstatfs64(int "
	"fd, struct statfs64 *buf) __THROW",
	"utime - utime.h int utime(const char *file, const struct utimbuf "
	"*file_times) __THROW",
	"utimes - sys/time.h int utimes(const char *file, const struct timeval "
	"*tvp) __THROW",
	"futimesat defined(__USE_GNU) sys/time.h int futimesat(int dfd, const "
	"char *file, const struct timeval *tvp) __THROW",
	"utimensat defined(__USE_ATFILE) sys/stat.h int utimensat(int dfd, "
	"const char *path, const struct timespec *times, int flags) __THROW",
	"futimens defined(__USE_XOPEN2K8) sys/stat.h int futimens(int fd, "
	"const struct timespec *times) __THROW",
	/* poll and ppoll: glibc defines them inline under _FORTIFY_SOURCE
	 * (bits/poll2.h), see kapi_fortify_inline(). */
	"poll - poll.h int poll(struct pollfd *fds, nfds_t nfds, int timeout)",
	"ppoll defined(__USE_GNU) poll.h int ppoll(struct pollfd *fds, nfds_t "
	"nfds, const struct timespec *timeout, const __sigset_t *ss)",
	/* cred and process family: ids, groups, priorities, resource limits.
	 * __rlimit_resource_t and its kind are enums in GNU C, int in C++. */
	"getpgid defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K8) "
	"unistd.h __pid_t getpgid(__pid_t pid) __THROW",
	"getsid defined(__USE_XOPEN_EXTENDED)||defined(__USE_XOPEN2K8) "
	"unistd.h __pid_t getsid(__pid_t pid) __THROW",
	"setpgid - unistd.h int setpgid(__pid_t pid, __pid_t pgid) __THROW",
	"setsid - unistd.h __pid_t setsid(void) __THROW",
	"setuid - unistd.h int setuid(__uid_t uid) __THROW",
	"setgid - unistd.h int setgid(__gid_t gid) __THROW",
	"setreuid defined(__USE_MISC)||defined(__USE_XOPEN_EXTENDED) unistd.h "
	"int setreuid(__uid_t ruid, __uid_t euid) __THROW",
	"setregid defined(__USE_MISC)||defined(__USE_XOPEN_EXTENDED) unistd.h "
	"int setregid(__gid_t rgid, __gid_t egid) __THROW",
	"setresuid defined(__USE_GNU) unistd.h int setresuid(__uid_t ruid, "
	"__uid_t euid, __uid_t suid) __THROW",
	"setresgid defined(__USE_GNU) unistd.h int setresgid(__gid_t rgid, "
	"__gid_t egid, __gid_t sgid) __THROW",
	"getresuid defined(__USE_GNU) unistd.h int getresuid(__uid_t *ruid, "
	"__uid_t *euid, __uid_t *suid) __THROW",
	"getresgid defined(__USE_GNU) unistd.h int getresgid(__gid_t *rgid, "
	"__gid_t *egid, __gid_t *sgid) __THROW",
	"getgroups - unistd.h int getgroups(int size, __gid_t *list) __THROW",
	"setgroups defined(__USE_MISC) grp.h int setgroups(size_t n, const "
	"__gid_t *groups) __THROW",
	"tgkill defined(__USE_GNU) signal.h int tgkill(__pid_t tgid, __pid_t "
	"tid, int sig)",
	"sched_get_priority_max - sched.h int sched_get_priority_max(int "
	"algorithm) __THROW",
	"sched_get_priority_min - sched.h int sched_get_priority_min(int "
	"algorithm) __THROW",
	"getpriority - sys/resource.h int getpriority(__priority_which_t "
	"which, __id_t who) __THROW",
	"setpriority - sys/resource.h int setpriority(__priority_which_t "
	"which, __id_t who, int prio) __THROW",
	"getrlimit - sys/resource.h int getrlimit(__rlimit_resource_t "
	"resource, struct rlimit *rlimits) __THROW",
	"getrlimit64 defined(__USE_LARGEFILE64) sys/resource.h int "
	"getrlimit64(__rlimit_resource_t resource, struct rlimit64 *rlimits) "
	"__THROW",
	"setrlimit - sys/resource.h int setrlimit(__rlimit_resource_t "
	"resource, const struct rlimit *rlimits) __THROW",
	"setrlimit64 defined(__USE_LARGEFILE64) sys/resource.h int "
	"setrlimit64(__rlimit_resource_t resource, const struct rlimit64 "
	"*rlimits) __THROW",
	"prlimit defined(__USE_GNU) sys/resource.h int prlimit(__pid_t pid, "
	"enum __rlimit_resource resource, const struct rlimit *new_limit, "
	"struct rlimit *old_limit) __THROW",
	"prlimit64 defined(__USE_GNU)&&defined(__USE_LARGEFILE64) "
	"sys/resource.h int prlimit64(__pid_t pid, enum __rlimit_resource "
	"resource, const struct rlimit64 *new_limit, struct rlimit64 "
	"*old_limit) __THROW",
	"getrusage - sys/resource.h int getrusage(__rusage_who_t who, struct "
	"rusage *usage) __THROW",
	/* io family: vectored and zero-copy I/O, syncing, readahead */
	"preadv defined(__USE_MISC) sys/uio.h __ssize_t preadv(int fd, const "
	"struct iovec *iov, int count, __KAPI_off_t offset)",
	"preadv64 defined(__USE_MISC)&&defined(__USE_LARGEFILE64) sys/uio.h "
	"__ssize_t preadv64(int fd, const struct iovec *iov, int count, "
	"__off64_t offset)",
	"pwritev defined(__USE_MISC) sys/uio.h __ssize_t pwritev(int fd, const "
	"struct iovec *iov, int count, __KAPI_off_t offset)",
	"pwritev64 defined(__USE_MISC)&&defined(__USE_LARGEFILE64) sys/uio.h "
	"__ssize_t pwritev64(int fd, const struct iovec *iov, int count, "
	"__off64_t offset)",
	"preadv2 defined(__USE_GNU) sys/uio.h __ssize_t preadv2(int fd, const "
	"struct iovec *iov, int count, __KAPI_off_t offset, int flags)",
	"preadv64v2 defined(__USE_GNU)&&defined(__USE_LARGEFILE64) sys/uio.h "
	"__ssize_t preadv64v2(int fd, const struct iovec *iov, int count, "
	"__off64_t offset, int flags)",
	"pwritev2 defined(__USE_GNU) sys/uio.h __ssize_t pwritev2(int fd, "
	"const struct iovec *iov, int count, __KAPI_off_t offset, int flags)",
	"pwritev64v2 defined(__USE_GNU)&&defined(__USE_LARGEFILE64) sys/uio.h "
	"__ssize_t pwritev64v2(int fd, const struct iovec *iov, int count, "
	"__off64_t offset, int flags)",
	"sendfile - sys/sendfile.h __ssize_t sendfile(int out_fd, int in_fd, "
	"__KAPI_off_t *offset, size_t count) __THROW",
	"sendfile64 defined(__USE_LARGEFILE64) sys/sendfile.h __ssize_t "
	"sendfile64(int out_fd, int in_fd, __off64_t *offset, size_t count) "
	"__THROW",
	"splice defined(__USE_GNU) fcntl.h __ssize_t splice(int fdin, "
	"__off64_t *offin, int fdout, __off64_t *offout, size_t len, unsigned "
	"int flags)",
	"tee defined(__USE_GNU) fcntl.h __ssize_t tee(int fdin, int fdout, "
	"size_t len, unsigned int flags)",
	"vmsplice defined(__USE_GNU) fcntl.h __ssize_t vmsplice(int fdout, "
	"const struct iovec *iov, size_t count, unsigned int flags)",
	"copy_file_range defined(__USE_GNU) unistd.h __ssize_t "
	"copy_file_range(int infd, __off64_t *pinoff, int outfd, __off64_t "
	"*poutoff, size_t length, unsigned int flags)",
	"readahead defined(__USE_GNU) fcntl.h __ssize_t readahead(int fd, "
	"__off64_t offset, size_t count) __THROW",
	"sync_file_range defined(__USE_GNU) fcntl.h int sync_file_range(int "
	"fd, __off64_t offset, __off64_t count, unsigned int flags)",
	"syncfs defined(__USE_GNU) unistd.h int syncfs(int fd) __THROW",
	/* time family: interval timers, clocks, POSIX timers, adjtimex */
	"getitimer - sys/time.h int getitimer(__itimer_which_t which, struct "
	"itimerval *value) __THROW",
	"setitimer - sys/time.h int setitimer(__itimer_which_t which, const "
	"struct itimerval *__restrict value, struct itimerval *__restrict "
	"ovalue) __THROW",
	"nanosleep defined(__USE_POSIX199309) time.h int nanosleep(const "
	"struct timespec *req, struct timespec *rem)",
	"clock_getres defined(__USE_POSIX199309) time.h int "
	"clock_getres(__clockid_t clockid, struct timespec *res) __THROW",
	"clock_gettime defined(__USE_POSIX199309) time.h int "
	"clock_gettime(__clockid_t clockid, struct timespec *tp) __THROW",
	"clock_settime defined(__USE_POSIX199309) time.h int "
	"clock_settime(__clockid_t clockid, const struct timespec *tp) __THROW",
	"clock_nanosleep defined(__USE_POSIX199309)&&defined(__USE_XOPEN2K) "
	"time.h int clock_nanosleep(__clockid_t clockid, int flags, const "
	"struct timespec *req, struct timespec *rem)",
	"clock_adjtime defined(__USE_GNU) time.h int clock_adjtime(__clockid_t "
	"clockid, struct timex *utx) __THROW",
	"timer_settime defined(__USE_POSIX199309) time.h int "
	"timer_settime(__timer_t timerid, int flags, const struct itimerspec "
	"*__restrict value, struct itimerspec *__restrict ovalue) __THROW",
	"timer_gettime defined(__USE_POSIX199309) time.h int "
	"timer_gettime(__timer_t timerid, struct itimerspec *value) __THROW",
	"timer_getoverrun defined(__USE_POSIX199309) time.h int "
	"timer_getoverrun(__timer_t timerid) __THROW",
	"timer_delete defined(__USE_POSIX199309) time.h int "
	"timer_delete(__timer_t timerid) __THROW",
	"adjtimex - sys/timex.h int adjtimex(struct timex *ntx) __THROW",
	"ntp_adjtime - sys/timex.h int ntp_adjtime(struct timex *ntx) __THROW",
	"sysinfo - sys/sysinfo.h int sysinfo(struct sysinfo *info) __THROW",
	"timerfd_gettime - sys/timerfd.h int timerfd_gettime(int fd, struct "
	"itimerspec *otmr) __THROW",
	/* ipc family: the get calls, shmdt and the receiving side of mqueues */
	"msgget - sys/msg.h int msgget(__key_t key, int msgflg) __THROW",
	"semget - sys/sem.h int semget(__key_t key, int nsems, int semflg) "
	"__THROW",
	"shmget - sys/shm.h int shmget(__key_t key, size_t size, int shmflg) "
	"__THROW",
	"shmdt - sys/shm.h int shmdt(const void *shmaddr) __THROW",
	"mq_getattr - mqueue.h int mq_getattr(mqd_t mqdes, struct mq_attr "
	"*mqstat) __THROW",
	"mq_setattr - mqueue.h int mq_setattr(mqd_t mqdes, const struct "
	"mq_attr *__restrict mqstat, struct mq_attr *__restrict omqstat) "
	"__THROW",
	"mq_receive - mqueue.h __ssize_t mq_receive(mqd_t mqdes, char "
	"*msg_ptr, size_t msg_len, unsigned int *msg_prio)",
	"mq_timedreceive defined(__USE_XOPEN2K) mqueue.h __ssize_t "
	"mq_timedreceive(mqd_t mqdes, char *__restrict msg_ptr, size_t "
	"msg_len, unsigned int *__restrict msg_prio, const struct timespec "
	"*__restrict abs_timeout)",
	/* fork and vfork: nothing to check but their result */
	"fork - unistd.h __pid_t fork(void) __THROWNL",
	"vfork (defined(__USE_XOPEN_EXTENDED)&&!defined(__USE_XOPEN2K8))||"
	"defined(__USE_MISC) unistd.h __pid_t vfork(void) __THROW",
	/* admin family */
	"reboot - sys/reboot.h int reboot(int howto) __THROW",
	"ioperm - sys/io.h int ioperm(unsigned long int from, unsigned long "
	"int num, int turn_on) __THROW",
	"iopl - sys/io.h int iopl(int level) __THROW",
};

/*
 * Functions glibc defines inline under _FORTIFY_SOURCE (bits/socket2.h,
 * bits/poll2.h)
 * without warn_unused_result of their own: an attribute added after that
 * definition is an error under -Werror ("attribute declaration must
 * precede definition"), so their nodiscard is left out in fortified builds.
 */
static bool kapi_fortify_inline(const char *function)
{
	return !strcmp(function, "recv") || !strcmp(function, "recvfrom") ||
	       !strcmp(function, "poll") || !strcmp(function, "ppoll");
}

/* ---- prototypes ---------------------------------------------------------- */

struct kapi_proto_param {
	char *type; /* the text with the name cut out: "const char *" */
	char *name; /* as written in the table */
	bool is_ptr, is_int;
};

struct kapi_proto {
	char *function, *guard, *header;
	char *ret;    /* "int", "void *" */
	char *suffix; /* "__THROW" or "" */
	struct kapi_proto_param *params;
	size_t param_count, param_cap;
	bool variadic;
};

struct kapi_protos {
	struct kapi_proto *items;
	size_t count, cap;
};

static char *kapi_trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

/* Integer types a constant argument can be checked in. */
static bool kapi_int_type(const char *t)
{
	static const char *const ints[] = {
		"int",
		"unsigned int",
		"unsigned",
		"long",
		"unsigned long",
		"size_t",
		"__ssize_t",
		"__KAPI_off_t",
		"__off64_t",
		"__off_t",
		"__mode_t",
		"__socklen_t",
		"__pid_t",
		"__clockid_t",
		"long long",
		"unsigned long long",
		"uint32_t",
		/* glibc's id, key and enum typedefs (enums in GNU C) */
		"__uid_t",
		"__gid_t",
		"__id_t",
		"__dev_t",
		"__key_t",
		"nfds_t",
		"long int",
		"unsigned long int",
		"__rlimit_resource_t",
		"enum __rlimit_resource",
		"__priority_which_t",
		"__rusage_who_t",
		"__itimer_which_t",
	};

	for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++)
		if (!strcmp(t, ints[i]))
			return true;
	return false;
}

/* "const char *file" -> type "const char *", name "file". */
static int kapi_proto_param(struct kapi_proto *p, char *text)
{
	struct kapi_proto_param *pp;
	char *s = kapi_trim(text), *e = s + strlen(s), *n;

	if (!strcmp(s, "...")) {
		p->variadic = true;
		return 0;
	}
	if (!strcmp(s, "void") && !p->param_count)
		return 0;
	n = e;
	while (n > s && (isalnum((unsigned char)n[-1]) || n[-1] == '_'))
		n--;
	if (n == e || n == s)
		return -1;
	pp = KAPI_APPEND(p->params, p->param_count, p->param_cap);
	pp->name = kapi_xstrdup(n);
	*n = '\0';
	pp->type = kapi_xstrdup(kapi_trim(s));
	pp->is_ptr = strchr(pp->type, '*') != NULL;
	pp->is_int = !pp->is_ptr && kapi_int_type(pp->type);
	return 0;
}

static void kapi_proto_clear(struct kapi_proto *p)
{
	for (size_t i = 0; i < p->param_count; i++) {
		free(p->params[i].type);
		free(p->params[i].name);
	}
	free(p->params);
	free(p->function);
	free(p->guard);
	free(p->header);
	free(p->ret);
	free(p->suffix);
	memset(p, 0, sizeof(*p));
}

/* One table line; returns 0, 1 for a blank/comment line, -1 malformed. */
static int kapi_proto_parse(const char *line, struct kapi_proto *p)
{
	char *buf = kapi_xstrdup(line), *s, *f[3], *open, *close, *name, *q;
	char *save = NULL;
	int rc = -1;

	memset(p, 0, sizeof(*p));
	if ((s = strchr(buf, '#')))
		*s = '\0';
	s = kapi_trim(buf);
	if (!*s) {
		free(buf);
		return 1;
	}
	for (int i = 0; i < 3; i++) {
		f[i] = strtok_r(i ? NULL : s, " \t", &save);
		if (!f[i])
			goto out;
	}
	s = save ? kapi_trim(save) : NULL;
	if (!s || !(open = strchr(s, '(')) || !(close = strrchr(s, ')')) ||
	    close < open)
		goto out;
	*open = '\0';
	*close = '\0';
	/* return type and name */
	q = kapi_trim(s);
	name = q + strlen(q);
	while (name > q &&
	       (isalnum((unsigned char)name[-1]) || name[-1] == '_'))
		name--;
	if (strcmp(name, f[0]) || name == q)
		goto out;
	p->function = kapi_xstrdup(f[0]);
	p->guard = strcmp(f[1], "-") ? kapi_xstrdup(f[1]) : NULL;
	p->header = kapi_xstrdup(f[2]);
	*name = '\0';
	p->ret = kapi_xstrdup(kapi_trim(q));
	p->suffix = kapi_xstrdup(kapi_trim(close + 1));
	for (char *a = open + 1, *comma; a; a = comma) {
		comma = strchr(a, ',');
		if (comma)
			*comma++ = '\0';
		if (kapi_proto_param(p, a))
			goto out;
	}
	rc = 0;
out:
	if (rc)
		kapi_proto_clear(p);
	free(buf);
	return rc;
}

static void kapi_protos_put(struct kapi_protos *ps, struct kapi_proto *p)
{
	for (size_t i = 0; i < ps->count; i++) {
		if (!strcmp(ps->items[i].function, p->function)) {
			kapi_proto_clear(&ps->items[i]);
			ps->items[i] = *p;
			return;
		}
	}
	*KAPI_APPEND(ps->items, ps->count, ps->cap) = *p;
}

static int kapi_protos_add_line(struct kapi_protos *ps, const char *line,
				const char *where, unsigned lineno)
{
	struct kapi_proto p;
	int rc = kapi_proto_parse(line, &p);

	if (rc < 0) {
		fprintf(stderr,
			"kapi-db: %s:%u: expected FUNCTION GUARD HEADER "
			"PROTOTYPE, the prototype declaring FUNCTION with "
			"every parameter named\n",
			where, lineno);
		return -1;
	}
	if (!rc)
		kapi_protos_put(ps, &p);
	return 0;
}

static int kapi_protos_load(struct kapi_protos *ps, const char *path)
{
	size_t len;
	char *text = kapi_read_file(path, &len), *line, *next;
	unsigned lineno = 0;
	int rc = 0;

	if (!text) {
		fprintf(stderr, "kapi-db: cannot read prototypes %s: %s\n",
			path, strerror(errno));
		return -1;
	}
	for (line = text; line && !rc; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		rc = kapi_protos_add_line(ps, line, path, ++lineno);
	}
	free(text);
	return rc;
}

static const struct kapi_proto *kapi_protos_find(const struct kapi_protos *ps,
						 const char *function)
{
	for (size_t i = 0; i < ps->count; i++)
		if (!strcmp(ps->items[i].function, function))
			return &ps->items[i];
	return NULL;
}

static void kapi_protos_free(struct kapi_protos *ps)
{
	for (size_t i = 0; i < ps->count; i++)
		kapi_proto_clear(&ps->items[i]);
	free(ps->items);
}

/* ---- bindings ------------------------------------------------------------ */

#define KAPI_ARG_NONE (-1)

struct kapi_hbinding {
	char *function, *spec;
	int *args; /* per spec parameter: wrapper argument or KAPI_ARG_NONE */
	size_t arg_count;
};

struct kapi_hbindings {
	struct kapi_hbinding *items;
	size_t count, cap;
};

static void kapi_hbinding_clear(struct kapi_hbinding *b)
{
	free(b->function);
	free(b->spec);
	free(b->args);
	memset(b, 0, sizeof(*b));
}

static int kapi_hbinding_args(struct kapi_hbinding *b, const char *s)
{
	size_t cap = 0;

	if (!strcmp(s, "-"))
		return 0;
	for (const char *p = s;;) {
		char *end;
		int v = KAPI_ARG_NONE;

		if (*p == '-') {
			end = (char *)p + 1;
		} else {
			long n = strtol(p, &end, 10);

			if (end == p || n < 0 || n > 64)
				return -1;
			v = (int)n;
		}
		*KAPI_APPEND(b->args, b->arg_count, cap) = v;
		if (!*end)
			return 0;
		if (*end != ',' || !end[1])
			return -1;
		p = end + 1;
	}
}

/* The format of checker/bindings.txt; later lines for a function win. */
static int kapi_hbindings_load(struct kapi_hbindings *bs, const char *path)
{
	size_t len;
	char *text = kapi_read_file(path, &len), *line, *next;
	unsigned lineno = 0;

	if (!text) {
		fprintf(stderr, "kapi-db: cannot read bindings %s: %s\n", path,
			strerror(errno));
		return -1;
	}
	for (line = text; line; line = next) {
		struct kapi_hbinding b = {0};
		char *f[6], *save = NULL, *hash;
		size_t n = 0, i;

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		if ((hash = strchr(line, '#')))
			*hash = '\0';
		for (char *t = strtok_r(line, " \t\r", &save); t && n < 6;
		     t = strtok_r(NULL, " \t\r", &save))
			f[n++] = t;
		/* `needs` lines (a variadic argument read under a
		 * condition) say nothing diagnose_if could check: it cannot
		 * see whether a variadic argument was passed. */
		if (!n || !strcmp(f[0], "needs"))
			continue;
		if (n < 4 || n > 5) {
			fprintf(stderr,
				"kapi-db: %s:%u: expected FUNCTION SPEC "
				"CONVENTION ARGS [HEADER]\n",
				path, lineno);
			free(text);
			return -1;
		}
		b.function = kapi_xstrdup(f[0]);
		b.spec = kapi_xstrdup(f[1]);
		if (kapi_hbinding_args(&b, f[3])) {
			fprintf(stderr,
				"kapi-db: %s:%u: ARGS must be comma-separated "
				"argument indexes or '-'\n",
				path, lineno);
			kapi_hbinding_clear(&b);
			free(text);
			return -1;
		}
		for (i = 0; i < bs->count; i++)
			if (!strcmp(bs->items[i].function, b.function))
				break;
		if (i < bs->count) {
			kapi_hbinding_clear(&bs->items[i]);
			bs->items[i] = b;
		} else {
			*KAPI_APPEND(bs->items, bs->count, bs->cap) = b;
		}
	}
	free(text);
	return 0;
}

static void kapi_hbindings_free(struct kapi_hbindings *bs)
{
	for (size_t i = 0; i < bs->count; i++)
		kapi_hbinding_clear(&bs->items[i]);
	free(bs->items);
}

/*
 * The shipped bindings, found as kapi-check finds them: beside the default
 * database, <exe dir>/../share/kapi-clang/bindings.txt, else the installed
 * share directory.
 */
static char *kapi_shipped_bindings(void)
{
	char exe[PATH_MAX], *slash, *path;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	if (n > 0) {
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			path = kapi_xasprintf(
				"%s/../share/kapi-clang/bindings.txt", exe);
			if (access(path, R_OK) == 0)
				return path;
			free(path);
		}
	}
	path = kapi_xstrdup(KAPI_DEFAULT_DB_INSTALL);
	slash = strrchr(path, '/');
	if (slash)
		*slash = '\0';
	slash = kapi_xasprintf("%s/bindings.txt", path);
	free(path);
	return slash;
}

/* ---- conditions ---------------------------------------------------------- */

static bool kapi_known(const struct kapi_value *v)
{
	return v->state == KAPI_VALUE_RESOLVED;
}

static bool kapi_negative(const struct kapi_value *v)
{
	return !v->is_unsigned && v->num < 0;
}

/* The value as a C literal of its mathematical value. */
static void kapi_put_lit(struct kapi_strbuf *sb, const struct kapi_value *v)
{
	if (!kapi_negative(v))
		kapi_sb_printf(sb, "%" PRIu64 "ULL", (uint64_t)v->num);
	else if (v->num == INT64_MIN)
		kapi_sb_puts(sb, "(-9223372036854775807LL - 1)");
	else
		kapi_sb_printf(sb, "(%" PRId64 "LL)", v->num);
}

static void kapi_put_num(struct kapi_strbuf *sb, const struct kapi_value *v)
{
	if (kapi_negative(v))
		kapi_sb_printf(sb, "%" PRId64, v->num);
	else
		kapi_sb_printf(sb, "%" PRIu64, (uint64_t)v->num);
}

/* x outside [lo, hi]; either bound may be absent. */
static char *kapi_range_cond(const char *x, const struct kapi_param *p)
{
	struct kapi_strbuf sb = {0};
	bool lo = kapi_known(&p->min), hi = kapi_known(&p->max);

	if (!lo && !hi)
		return NULL;
	kapi_sb_printf(&sb, "__builtin_constant_p(%s) && (0", x);
	if (lo && !kapi_negative(&p->min) && !p->min.num) {
		kapi_sb_printf(&sb, " || !__KAPI_NONNEG(%s)", x);
	} else if (lo) {
		if (kapi_negative(&p->min)) {
			kapi_sb_printf(&sb,
				       " || (!__KAPI_NONNEG(%s) && "
				       "__KAPI_S(%s) < ",
				       x, x);
		} else {
			kapi_sb_printf(&sb,
				       " || (!__KAPI_NONNEG(%s) || "
				       "__KAPI_U(%s) < ",
				       x, x);
		}
		kapi_put_lit(&sb, &p->min);
		kapi_sb_putc(&sb, ')');
	}
	if (hi) {
		if (!kapi_negative(&p->max))
			kapi_sb_printf(&sb,
				       " || (__KAPI_NONNEG(%s) && "
				       "__KAPI_U(%s) > ",
				       x, x);
		else
			kapi_sb_printf(&sb,
				       " || (__KAPI_NONNEG(%s) || "
				       "__KAPI_S(%s) > ",
				       x, x);
		kapi_put_lit(&sb, &p->max);
		kapi_sb_putc(&sb, ')');
	}
	kapi_sb_putc(&sb, ')');
	return kapi_sb_take(&sb);
}

static char *kapi_enum_cond(const char *x, const struct kapi_param *p)
{
	struct kapi_strbuf sb = {0};

	if (!p->enum_count)
		return NULL;
	for (size_t i = 0; i < p->enum_count; i++)
		if (!kapi_known(&p->enum_values[i]))
			return NULL;
	kapi_sb_printf(&sb, "__builtin_constant_p(%s)", x);
	for (size_t i = 0; i < p->enum_count; i++) {
		const struct kapi_value *v = &p->enum_values[i];

		if (kapi_negative(v))
			kapi_sb_printf(&sb,
				       " && !(!__KAPI_NONNEG(%s) && "
				       "__KAPI_S(%s) == ",
				       x, x);
		else
			kapi_sb_printf(&sb,
				       " && !(__KAPI_NONNEG(%s) && "
				       "__KAPI_U(%s) == ",
				       x, x);
		kapi_put_lit(&sb, v);
		kapi_sb_putc(&sb, ')');
	}
	return kapi_sb_take(&sb);
}

/* Architectures the kernel's arch-mask names stand for. */
static const struct {
	const char *arch, *cond;
} kapi_arch_conds[] = {
	{"x86", "defined(__x86_64__) || defined(__i386__)"},
	{"arm64", "defined(__aarch64__)"},
	{"arm", "defined(__arm__)"},
	{"powerpc", "defined(__powerpc__) || defined(__powerpc64__)"},
	{"riscv", "defined(__riscv)"},
	{"s390", "defined(__s390__) || defined(__s390x__)"},
	{"mips", "defined(__mips__)"},
	{"sparc", "defined(__sparc__)"},
	{"loongarch", "defined(__loongarch__)"},
	{"parisc", "defined(__hppa__)"},
	{"alpha", "defined(__alpha__)"},
	{"m68k", "defined(__m68k__)"},
	{"csky", "defined(__csky__)"},
	{"arc", "defined(__arc__)"},
	{"sh", "defined(__sh__)"},
	{"xtensa", "defined(__xtensa__)"},
	{"microblaze", "defined(__microblaze__)"},
	{"openrisc", "defined(__or1k__)"},
	{"hexagon", "defined(__hexagon__)"},
	{"nios2", "defined(__nios2__)"},
};

static const char *kapi_arch_cond(const char *arch)
{
	for (size_t i = 0;
	     i < sizeof(kapi_arch_conds) / sizeof(kapi_arch_conds[0]); i++)
		if (!strcmp(kapi_arch_conds[i].arch, arch))
			return kapi_arch_conds[i].cond;
	return NULL;
}

/* ---- output -------------------------------------------------------------- */

struct kapi_gen {
	FILE *out;
	struct kapi_strbuf decl; /* the attributes of the current function */
	char *wur;		 /* the unused-result message, or NULL */
	size_t attrs;
	size_t skipped;
};

/* A header name as part of a macro name: <sys/mman.h> -> sys_mman_h. */
static void kapi_put_ident(FILE *out, const char *s)
{
	for (; *s; s++)
		fputc(isalnum((unsigned char)*s) ? *s : '_', out);
}

static void kapi_put_cstr(struct kapi_strbuf *sb, const char *s)
{
	kapi_sb_putc(sb, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			kapi_sb_putc(sb, '\\');
		kapi_sb_putc(sb, *s);
	}
	kapi_sb_putc(sb, '"');
}

/* rule: the KAPI_DIAGNOSE_NO_<rule> knob that turns it off */
static void kapi_diag(struct kapi_gen *g, const char *rule, const char *cond,
		      const char *msg, const char *msg_tail)
{
	kapi_sb_printf(&g->decl, "\n\t__KAPI_DIAG_%s(%s,\n\t\t", rule, cond);
	kapi_put_cstr(&g->decl, msg);
	if (msg_tail)
		kapi_sb_printf(&g->decl, " %s", msg_tail);
	kapi_sb_puts(&g->decl, ")");
	g->attrs++;
}

/* The wrapper parameter that feeds spec parameter i, or NULL. */
static const struct kapi_proto_param *
kapi_wrapper_param(const struct kapi_proto *proto,
		   const struct kapi_hbinding *b, size_t i)
{
	if (i >= b->arg_count || b->args[i] == KAPI_ARG_NONE ||
	    (size_t)b->args[i] >= proto->param_count)
		return NULL; /* absent, or one of the variadic arguments */
	return &proto->params[b->args[i]];
}

static void kapi_mask_diag(struct kapi_gen *g, const char *fn, size_t idx,
			   const char *x, const struct kapi_param *p)
{
	struct kapi_strbuf sb = {0};
	uint64_t all = 0;
	bool all_known = true, opened = false;
	char *msg, *cond, *tail;

	if (!kapi_known(&p->mask))
		return;
	/*
	 * The valid bits and the message tail per architecture, chosen by the
	 * preprocessor where the header is used.  An unresolved arch mask
	 * leaves nothing to check there: all bits valid.
	 */
	for (size_t i = 0; i < p->arch_mask_count; i++) {
		const struct kapi_arch_mask *am = &p->arch_masks[i];
		const char *ac = kapi_arch_cond(am->arch);

		if (!kapi_known(&am->mask))
			all_known = false;
		else
			all |= (uint64_t)am->mask.num;
		if (!ac)
			continue;
		kapi_sb_printf(&sb, "#%s %s\n", opened ? "elif" : "if", ac);
		opened = true;
		if (!kapi_known(&am->mask))
			kapi_sb_printf(&sb,
				       "#define __KAPI_M_%s_%zu (~0ULL)\n"
				       "#define __KAPI_MN_%s_%zu \"\"\n",
				       fn, idx, fn, idx);
		else
			kapi_sb_printf(&sb,
				       "#define __KAPI_M_%s_%zu 0x%" PRIx64
				       "ULL\n#define __KAPI_MN_%s_%zu \" (with "
				       "the %s bits)\"\n",
				       fn, idx,
				       (uint64_t)p->mask.num |
					       (uint64_t)am->mask.num,
				       fn, idx, am->arch);
	}
	/* A known arch without arch bits here: the base mask; an unknown
	 * arch: every arch's bits are valid, as in kapi-check. */
	if (p->arch_mask_count) {
		kapi_sb_printf(&sb,
			       "#%s defined(__KAPI_ARCH_KNOWN)\n"
			       "#define __KAPI_M_%s_%zu 0x%" PRIx64 "ULL\n"
			       "#define __KAPI_MN_%s_%zu \"\"\n",
			       opened ? "elif" : "if", fn, idx,
			       (uint64_t)p->mask.num, fn, idx);
		opened = true;
	}
	if (opened)
		kapi_sb_puts(&sb, "#else\n");
	if (all_known)
		kapi_sb_printf(&sb,
			       "#define __KAPI_M_%s_%zu 0x%" PRIx64
			       "ULL\n#define __KAPI_MN_%s_%zu \"%s\"\n",
			       fn, idx, (uint64_t)p->mask.num | all, fn, idx,
			       p->arch_mask_count ? " (with every arch's bits)"
						  : "");
	else
		kapi_sb_printf(&sb,
			       "#define __KAPI_M_%s_%zu (~0ULL)\n"
			       "#define __KAPI_MN_%s_%zu \"\"\n",
			       fn, idx, fn, idx);
	if (opened)
		kapi_sb_puts(&sb, "#endif\n");
	fputs(sb.buf, g->out);
	kapi_sb_free(&sb);

	msg = kapi_xasprintf("argument '%s' of %s has bits outside the "
			     "documented mask 0x%" PRIx64,
			     p->name ? p->name : "?", fn,
			     (uint64_t)p->mask.num);
	cond = kapi_xasprintf("__builtin_constant_p(%s) && (__KAPI_U(%s) & "
			      "__KAPI_WIDTH(%s) & ~(__KAPI_M_%s_%zu))",
			      x, x, x, fn, idx);
	tail = kapi_xasprintf("__KAPI_MN_%s_%zu \" [kapi-mask]\"", fn, idx);
	kapi_diag(g, "MASK", cond, msg, tail);
	free(tail);
	free(cond);
	free(msg);
}

static void kapi_null_diag(struct kapi_gen *g, const struct kapi_proto *proto,
			   const struct kapi_hbinding *b,
			   const struct kapi_param *p,
			   const struct kapi_proto_param *w, const char *fn)
{
	const struct kapi_proto_param *n;
	char *cond, *msg;

	if ((p->flags & KAPI_PARAM_OPTIONAL) || !kapi_param_is_pointer(p))
		return;
	/* A buffer whose size is a constant 0 is never touched. */
	n = p->constraint == KAPI_CONSTRAINT_BUFFER && p->size_param_idx >= 0
		    ? kapi_wrapper_param(proto, b, (size_t)p->size_param_idx)
		    : NULL;
	if (n && n->is_int)
		cond = kapi_xasprintf("__builtin_constant_p(__kapi_%s) && "
				      "!(__kapi_%s) && "
				      "!(__builtin_constant_p(__kapi_%s) && "
				      "__kapi_%s == 0)",
				      w->name, w->name, n->name, n->name);
	else
		cond = kapi_xasprintf("__builtin_constant_p(__kapi_%s) && "
				      "!(__kapi_%s)",
				      w->name, w->name);
	msg = kapi_xasprintf("null pointer passed as '%s' of %s, which is not "
			     "optional [kapi-null]",
			     p->name ? p->name : "?", fn);
	kapi_diag(g, "NULL", cond, msg, NULL);
	free(cond);
	free(msg);
}

static void kapi_param_diags(struct kapi_gen *g, const struct kapi_proto *proto,
			     const struct kapi_hbinding *b,
			     const struct kapi_spec *spec, size_t i)
{
	const struct kapi_param *p = &spec->params[i];
	const struct kapi_proto_param *w = kapi_wrapper_param(proto, b, i);
	const char *pname = p->name ? p->name : "?", *fn = proto->function;
	char x[128], *cond = NULL, *msg = NULL;

	if (!w)
		return;
	snprintf(x, sizeof(x), "__kapi_%s", w->name);
	if (w->is_ptr) {
		kapi_null_diag(g, proto, b, p, w, fn);
		/* a constant address can still be misaligned: (void *)0x1001 */
		if (p->constraint != KAPI_CONSTRAINT_PAGE_ALIGNED &&
		    p->constraint != KAPI_CONSTRAINT_ALIGNMENT)
			return;
	} else if (!w->is_int) {
		return;
	}
	switch (p->constraint) {
	case KAPI_CONSTRAINT_RANGE: {
		struct kapi_strbuf sb = {0};

		cond = kapi_range_cond(x, p);
		if (!cond)
			return;
		kapi_sb_printf(&sb,
			       "argument '%s' of %s is outside the "
			       "documented range [",
			       pname, fn);
		if (kapi_known(&p->min))
			kapi_put_num(&sb, &p->min);
		else
			kapi_sb_puts(&sb, "-inf");
		kapi_sb_puts(&sb, ", ");
		if (kapi_known(&p->max))
			kapi_put_num(&sb, &p->max);
		else
			kapi_sb_puts(&sb, "+inf");
		kapi_sb_puts(&sb, "] [kapi-range]");
		msg = kapi_sb_take(&sb);
		kapi_diag(g, "RANGE", cond, msg, NULL);
		break;
	}
	case KAPI_CONSTRAINT_MASK:
		kapi_mask_diag(g, fn, i, x, p);
		break;
	case KAPI_CONSTRAINT_ENUM:
		cond = kapi_enum_cond(x, p);
		if (!cond)
			return;
		msg = kapi_xasprintf("argument '%s' of %s is not one of the "
				     "documented values [kapi-enum]",
				     pname, fn);
		kapi_diag(g, "ENUM", cond, msg, NULL);
		break;
	case KAPI_CONSTRAINT_PAGE_ALIGNED:
		cond = kapi_xasprintf("__builtin_constant_p(%s) && "
				      "__KAPI_U(%s) %% (KAPI_PAGE_SIZE) != 0",
				      x, x);
		msg = kapi_xasprintf(
			"argument '%s' of %s is not aligned to the "
			"page size ",
			pname, fn);
		kapi_diag(g, "ALIGNMENT", cond, msg,
			  "__KAPI_STR(KAPI_PAGE_SIZE) \" [kapi-alignment]\"");
		break;
	case KAPI_CONSTRAINT_ALIGNMENT:
		if (!kapi_known(&p->alignment) || p->alignment.num <= 0)
			return;
		cond = kapi_xasprintf("__builtin_constant_p(%s) && "
				      "__KAPI_U(%s) %% %" PRIu64 "ULL != 0",
				      x, x, (uint64_t)p->alignment.num);
		msg = kapi_xasprintf("argument '%s' of %s is not a multiple of "
				     "%" PRIu64 " [kapi-alignment]",
				     pname, fn, (uint64_t)p->alignment.num);
		kapi_diag(g, "ALIGNMENT", cond, msg, NULL);
		break;
	case KAPI_CONSTRAINT_POWER_OF_TWO:
		cond = kapi_xasprintf("__builtin_constant_p(%s) && "
				      "(__KAPI_U(%s) == 0 || (__KAPI_U(%s) & "
				      "(__KAPI_U(%s) - 1)) != 0)",
				      x, x, x, x);
		msg = kapi_xasprintf("argument '%s' of %s is not a power of "
				     "two [kapi-alignment]",
				     pname, fn);
		kapi_diag(g, "ALIGNMENT", cond, msg, NULL);
		break;
	case KAPI_CONSTRAINT_NONZERO:
		cond = kapi_xasprintf("__builtin_constant_p(%s) && (%s) == 0",
				      x, x);
		msg = kapi_xasprintf("argument '%s' of %s is zero "
				     "[kapi-alignment]",
				     pname, fn);
		kapi_diag(g, "ALIGNMENT", cond, msg, NULL);
		break;
	default:
		break;
	}
	free(cond);
	free(msg);
}

/*
 * A constraint between parameters (its resolved expr, kapi_cexpr.h) as one
 * condition over the wrapper's parameters: every parameter it names must
 * be a constant and the expression false.  A constraint naming a
 * parameter the wrapper does not pass is left out.
 */
static void kapi_constraint_diag(struct kapi_gen *g,
				 const struct kapi_proto *proto,
				 const struct kapi_hbinding *b,
				 const struct kapi_spec *spec,
				 const struct kapi_constraint *k)
{
	struct kapi_strbuf cond = {0};
	struct kapi_cexpr *e = kapi_cexpr_load(k->expr_resolved, spec);
	char **names, *expr, *msg;
	bool ok = true;

	if (!e)
		return;
	names = kapi_xcalloc(spec->param_count + 1, sizeof(*names));
	for (size_t i = 0; i < spec->param_count && ok; i++) {
		const struct kapi_proto_param *w;

		if (!kapi_cexpr_uses_param(e, i))
			continue;
		w = kapi_wrapper_param(proto, b, i);
		if (!w || (!w->is_int && !w->is_ptr)) {
			ok = false;
			break;
		}
		names[i] = kapi_xasprintf("__kapi_%s", w->name);
		kapi_sb_printf(&cond, "__builtin_constant_p(%s) && ", names[i]);
	}
	if (ok) {
		expr = kapi_cexpr_print_named(e, (const char *const *)names);
		kapi_sb_printf(&cond, "!(%s)", expr);
		msg = kapi_xasprintf("the arguments of %s break the constraint "
				     "'%s' of %s%s%s [kapi-arg-constraint]",
				     proto->function, k->name ? k->name : "?",
				     spec->name, k->desc ? ": " : "",
				     k->desc ? k->desc : "");
		kapi_diag(g, "ARG_CONSTRAINT", cond.buf, msg, NULL);
		free(expr);
		free(msg);
	}
	for (size_t i = 0; i < spec->param_count; i++)
		free(names[i]);
	free(names);
	kapi_sb_free(&cond);
	kapi_cexpr_free(e);
}

static void kapi_unused_result(struct kapi_gen *g, const char *fn,
			       const struct kapi_spec *spec)
{
	struct kapi_strbuf sb = {0};

	if (!spec->error_count || spec->ret.check == KAPI_RETURN_NO_RETURN)
		return;
	kapi_sb_printf(&sb, "result of %s is ignored, but it can fail with ",
		       fn);
	for (size_t i = 0; i < spec->error_count && i < 4; i++)
		kapi_sb_printf(&sb, "%s%s", i ? ", " : "",
			       spec->errors[i].name ? spec->errors[i].name
						    : "?");
	if (spec->error_count > 4)
		kapi_sb_puts(&sb, ", ...");
	kapi_sb_puts(&sb, "; check it or cast the call to void "
			  "[kapi-unchecked-return]");
	free(g->wur);
	g->wur = kapi_sb_take(&sb);
	g->attrs++;
}

static void kapi_emit_decl(struct kapi_gen *g, const struct kapi_proto *proto,
			   const struct kapi_hbinding *b,
			   const struct kapi_spec *spec)
{
	FILE *out = g->out;
	const char *ret = proto->ret;
	size_t rl = strlen(ret);

	g->decl.len = 0;
	if (g->decl.buf)
		g->decl.buf[0] = '\0';
	g->attrs = 0;
	free(g->wur);
	g->wur = NULL;
	fprintf(out, "\n/* %s -> %s */\n", proto->function, spec->name);
	fprintf(out, "#if defined(__KAPI_HAVE_");
	kapi_put_ident(out, proto->header);
	fprintf(out, ")%s%s%s && !defined(KAPI_DIAGNOSE_NO_%s)\n",
		proto->guard ? " && (" : "", proto->guard ? proto->guard : "",
		proto->guard ? ")" : "", proto->function);
	for (size_t i = 0; i < spec->param_count; i++)
		kapi_param_diags(g, proto, b, spec, i);
	for (size_t i = 0; i < spec->constraint_count; i++)
		kapi_constraint_diag(g, proto, b, spec, &spec->constraints[i]);
	kapi_unused_result(g, proto->function, spec);
	if (!g->attrs) {
		fputs("/* nothing to check on constant arguments */\n#endif\n",
		      out);
		return;
	}
	if (g->wur) {
		struct kapi_strbuf sb = {0};

		kapi_put_cstr(&sb, g->wur);
		fprintf(out, "%s(%s)\n",
			kapi_fortify_inline(proto->function)
				? "__KAPI_WUR_UNFORTIFIED"
				: "__KAPI_WUR",
			sb.buf);
		kapi_sb_free(&sb);
	}
	fprintf(out, "extern %s%s%s(", ret, rl && ret[rl - 1] == '*' ? "" : " ",
		proto->function);
	for (size_t i = 0; i < proto->param_count; i++) {
		const char *t = proto->params[i].type;
		size_t tl = strlen(t);

		fprintf(out, "%s%s%s__kapi_%s", i ? ", " : "", t,
			tl && t[tl - 1] == '*' ? "" : " ",
			proto->params[i].name);
	}
	if (proto->variadic)
		fputs(proto->param_count ? ", ..." : "...", out);
	else if (!proto->param_count)
		fputs("void", out);
	fprintf(out, ")%s%s%s;\n#endif\n", *proto->suffix ? " " : "",
		proto->suffix, g->decl.buf);
}

static const char kapi_header_head[] =
	"/*\n"
	" * kapi-diagnose.h: kernel API contracts checked by clang itself on\n"
	" * constant arguments (diagnose_if), and results that must be looked\n"
	" * at (warn_unused_result).  Generated by `kapi-db header`; do not\n"
	" * edit.  Use it with -include kapi-diagnose.h (or a .clangd\n"
	" * CompileFlags: Add: [-include, /abs/kapi-diagnose.h]).\n"
	" *\n"
	" * Knobs (define before the header):\n"
	" *   KAPI_DIAGNOSE_ERROR          report errors instead of warnings\n"
	" *   KAPI_DIAGNOSE_NO_UNUSED_RESULT  no nodiscard "
	"(kapi-unchecked-return)\n"
	" *   KAPI_DIAGNOSE_NO_RANGE, _NO_MASK, _NO_ENUM, _NO_NULL, "
	"_NO_ALIGNMENT\n"
	" *                                leave that rule out\n"
	" *   KAPI_DIAGNOSE_NO_<function>  leave that function alone\n"
	" *   KAPI_DIAGNOSE_KEEP_FEATURES  do not define _GNU_SOURCE (see "
	"below)\n"
	" *   KAPI_PAGE_SIZE               page size for page_aligned (4096)\n"
	" *\n"
	" * The header includes the C library headers it redeclares functions\n"
	" * from.  Force-included, it comes before the file's own\n"
	" * `#define _GNU_SOURCE`, which would then come too late; so unless\n"
	" * KAPI_DIAGNOSE_KEEP_FEATURES is defined it defines _GNU_SOURCE for\n"
	" * those headers (C++ compilers always do) and undefines it again.\n"
	" * A _FILE_OFFSET_BITS or other feature macro defined in the source\n"
	" * file rather than on the command line still comes too late.\n"
	" *\n"
	" * Under GCC and other compilers without diagnose_if it is empty.\n"
	" */\n"
	"#ifndef KAPI_DIAGNOSE_H\n"
	"#define KAPI_DIAGNOSE_H\n"
	"#if defined(__clang__) && defined(__has_attribute) && "
	"defined(__has_include)\n"
	"#if __has_attribute(diagnose_if)\n\n"
	"#if !defined(_GNU_SOURCE) && !defined(KAPI_DIAGNOSE_KEEP_FEATURES)\n"
	"#define _GNU_SOURCE 1\n"
	"#define __KAPI_DEFINED_GNU_SOURCE 1\n"
	"#endif\n\n";

static const char kapi_header_macros[] =
	"\n#ifdef __USE_FILE_OFFSET64\n"
	"#define __KAPI_off_t __off64_t\n"
	"#else\n"
	"#define __KAPI_off_t __off_t\n"
	"#endif\n"
	"#ifndef KAPI_PAGE_SIZE\n"
	"#define KAPI_PAGE_SIZE 4096\n"
	"#endif\n"
	"#define __KAPI_STR2(x) #x\n"
	"#define __KAPI_STR(x) __KAPI_STR2(x)\n"
	"#define __KAPI_U(x) ((unsigned long long)(x))\n"
	"#define __KAPI_S(x) ((long long)(x))\n"
	"/* x >= 0 without a tautology warning when x is unsigned */\n"
	"#define __KAPI_NONNEG(x) ((x) > 0 || (x) == 0)\n"
	"/* the bits a parameter of x's type holds */\n"
	"#define __KAPI_WIDTH(x) ((2ULL << (8 * sizeof(x) - 1)) - 1)\n"
	"#ifdef KAPI_DIAGNOSE_ERROR\n"
	"#define __KAPI_SEVERITY \"error\"\n"
	"#else\n"
	"#define __KAPI_SEVERITY \"warning\"\n"
	"#endif\n"
	"#define __KAPI_DIAG(cond, msg) \\\n"
	"\t__attribute__((__diagnose_if__(cond, msg, __KAPI_SEVERITY)))\n"
	"#ifdef KAPI_DIAGNOSE_NO_RANGE\n"
	"#define __KAPI_DIAG_RANGE(cond, msg)\n"
	"#else\n"
	"#define __KAPI_DIAG_RANGE(cond, msg) __KAPI_DIAG(cond, msg)\n"
	"#endif\n"
	"#ifdef KAPI_DIAGNOSE_NO_MASK\n"
	"#define __KAPI_DIAG_MASK(cond, msg)\n"
	"#else\n"
	"#define __KAPI_DIAG_MASK(cond, msg) __KAPI_DIAG(cond, msg)\n"
	"#endif\n"
	"#ifdef KAPI_DIAGNOSE_NO_ENUM\n"
	"#define __KAPI_DIAG_ENUM(cond, msg)\n"
	"#else\n"
	"#define __KAPI_DIAG_ENUM(cond, msg) __KAPI_DIAG(cond, msg)\n"
	"#endif\n"
	"#ifdef KAPI_DIAGNOSE_NO_NULL\n"
	"#define __KAPI_DIAG_NULL(cond, msg)\n"
	"#else\n"
	"#define __KAPI_DIAG_NULL(cond, msg) __KAPI_DIAG(cond, msg)\n"
	"#endif\n"
	"#ifdef KAPI_DIAGNOSE_NO_ALIGNMENT\n"
	"#define __KAPI_DIAG_ALIGNMENT(cond, msg)\n"
	"#else\n"
	"#define __KAPI_DIAG_ALIGNMENT(cond, msg) __KAPI_DIAG(cond, msg)\n"
	"#endif\n"
	"#ifdef KAPI_DIAGNOSE_NO_ARG_CONSTRAINT\n"
	"#define __KAPI_DIAG_ARG_CONSTRAINT(cond, msg)\n"
	"#else\n"
	"#define __KAPI_DIAG_ARG_CONSTRAINT(cond, msg) __KAPI_DIAG(cond, msg)\n"
	"#endif\n"

	"/* [[nodiscard(msg)]] is the one spelling whose message clang "
	"prints;\n"
	" * the pragmas keep it quiet in language modes that predate it. */\n"
	"#define __KAPI_NODISCARD(msg) \\\n"
	"\t_Pragma(\"clang diagnostic push\") \\\n"
	"\t_Pragma(\"clang diagnostic ignored "
	"\\\"-Wunknown-warning-option\\\"\") \\\n"
	"\t_Pragma(\"clang diagnostic ignored \\\"-Wc23-extensions\\\"\") \\\n"
	"\t_Pragma(\"clang diagnostic ignored \\\"-Wc2x-extensions\\\"\") \\\n"
	"\t_Pragma(\"clang diagnostic ignored \\\"-Wc++17-extensions\\\"\") "
	"\\\n"
	"\t_Pragma(\"clang diagnostic ignored \\\"-Wc++20-extensions\\\"\") "
	"\\\n"
	"\t[[nodiscard(msg)]] _Pragma(\"clang diagnostic pop\")\n"
	"#if defined(KAPI_DIAGNOSE_NO_UNUSED_RESULT)\n"
	"#define __KAPI_WUR(msg)\n"
	"#elif defined(__cplusplus)\n"
	"#if __cplusplus >= 201103L\n"
	"#define __KAPI_WUR(msg) __KAPI_NODISCARD(msg)\n"
	"#else\n"
	"#define __KAPI_WUR(msg) __attribute__((__warn_unused_result__))\n"
	"#endif\n"
	"#elif defined(__has_c_attribute)\n"
	"#if __has_c_attribute(nodiscard)\n"
	"#define __KAPI_WUR(msg) __KAPI_NODISCARD(msg)\n"
	"#else\n"
	"#define __KAPI_WUR(msg) __attribute__((__warn_unused_result__))\n"
	"#endif\n"
	"#else\n"
	"#define __KAPI_WUR(msg) __attribute__((__warn_unused_result__))\n"
	"#endif\n"
	"#if defined(__USE_FORTIFY_LEVEL) && __USE_FORTIFY_LEVEL > 0\n"
	"#define __KAPI_WUR_UNFORTIFIED(msg)\n"
	"#else\n"
	"#define __KAPI_WUR_UNFORTIFIED(msg) __KAPI_WUR(msg)\n"
	"#endif\n"
	"#if defined(KAPI_DIAGNOSE_ERROR) && \\\n"
	"\t!defined(KAPI_DIAGNOSE_NO_UNUSED_RESULT)\n"
	"#pragma clang diagnostic error \"-Wunused-result\"\n"
	"#endif\n\n"
	"#pragma clang diagnostic push\n"
	"#pragma clang diagnostic ignored \"-Wgcc-compat\"\n"
	"#pragma clang diagnostic ignored \"-Wreserved-identifier\"\n"
	"#ifdef __cplusplus\n"
	"extern \"C\" {\n"
	"#endif\n";

/* Closes what the end of kapi_header_macros opened. */
static const char kapi_decls_close[] = "\n#ifdef __cplusplus\n"
				       "}\n"
				       "#endif\n"
				       "#pragma clang diagnostic pop\n";

static const char kapi_header_tail[] =
	"\n#ifdef __KAPI_DEFINED_GNU_SOURCE\n"
	"#undef _GNU_SOURCE\n"
	"#undef __KAPI_DEFINED_GNU_SOURCE\n"
	"#endif\n"
	"#endif /* __has_attribute(diagnose_if) */\n"
	"#endif /* __clang__ */\n"
	"#endif /* KAPI_DIAGNOSE_H */\n";

/*
 * The headers that declare a bound wrapper, each once, in binding order
 * (array owned by the caller, strings by ps).
 */
static const char **kapi_bound_headers(const struct kapi_protos *ps,
				       const struct kapi_hbindings *bs,
				       size_t *count)
{
	const char **seen = NULL;
	size_t n = 0, cap = 0;

	for (size_t i = 0; i < bs->count; i++) {
		const struct kapi_proto *p =
			kapi_protos_find(ps, bs->items[i].function);
		size_t j;

		if (!p)
			continue;
		for (j = 0; j < n && strcmp(seen[j], p->header); j++)
			;
		if (j == n)
			*KAPI_APPEND(seen, n, cap) = p->header;
	}
	*count = n;
	return seen;
}

static void kapi_emit_includes(FILE *out, const struct kapi_protos *ps,
			       const struct kapi_hbindings *bs)
{
	size_t n;
	const char **headers = kapi_bound_headers(ps, bs, &n);

	for (size_t i = 0; i < n; i++) {
		fprintf(out,
			"#if __has_include(<%s>)\n#include <%s>\n"
			"#define __KAPI_HAVE_",
			headers[i], headers[i]);
		kapi_put_ident(out, headers[i]);
		fputs(" 1\n#endif\n", out);
	}
	free(headers);
}

/* Bindings without a prototype: listed in *noproto and counted skipped. */
static void kapi_note_unprototyped(struct kapi_gen *g,
				   const struct kapi_protos *ps,
				   const struct kapi_hbindings *bs,
				   struct kapi_strbuf *noproto)
{
	for (size_t i = 0; i < bs->count; i++)
		if (!kapi_protos_find(ps, bs->items[i].function)) {
			kapi_sb_printf(noproto, "%s%s",
				       noproto->len ? ", " : "",
				       bs->items[i].function);
			g->skipped++;
		}
}

/*
 * Redeclare every binding that has a prototype (declared in `header`, or
 * anywhere when it is NULL) and a spec.
 */
static int kapi_emit_bindings(struct kapi_gen *g, const struct kapi_protos *ps,
			      const struct kapi_hbindings *bs,
			      struct kapi_db *db, const char *header,
			      size_t *emitted)
{
	for (size_t i = 0; i < bs->count; i++) {
		const struct kapi_hbinding *b = &bs->items[i];
		const struct kapi_proto *p = kapi_protos_find(ps, b->function);
		struct kapi_spec *spec = NULL;
		char *err = NULL;

		if (!p || (header && strcmp(p->header, header)))
			continue;
		if (kapi_db_load(db, b->spec, &spec, &err)) {
			fprintf(stderr, "kapi-db: %s\n", err ? err : b->spec);
			free(err);
			return KAPI_EXIT_USAGE;
		}
		if (spec && spec->prov.source == KAPI_SOURCE_MINED) {
			/* facts read off the code document no contract */
			kapi_spec_free(spec);
			spec = NULL;
		}
		if (!spec) {
			g->skipped++;
			continue; /* the database has no spec for it */
		}
		kapi_emit_decl(g, p, b, spec);
		*emitted += g->attrs ? 1 : 0;
		kapi_spec_free(spec);
	}
	return KAPI_EXIT_OK;
}

/* The arch conditions: __KAPI_ARCH_KNOWN on the targets the specs name. */
static void kapi_emit_arch(FILE *out)
{
	fputs("#if", out);
	for (size_t i = 0;
	     i < sizeof(kapi_arch_conds) / sizeof(kapi_arch_conds[0]); i++)
		fprintf(out, "%s%s", i ? " || \\\n\t" : " ",
			kapi_arch_conds[i].cond);
	fputs("\n#define __KAPI_ARCH_KNOWN 1\n#endif\n", out);
}

/* kapi_header_macros is its definitions, then the part that opens the
 * declarations (diagnostic push, extern "C"): where the second begins. */
static const char *kapi_macros_open(void)
{
	return strstr(kapi_header_macros, "#pragma clang diagnostic push");
}

/* Write path via path.tmp and a rename, creating its directories. */
static FILE *kapi_open_tmp(const char *path, char **tmp)
{
	char *dir = kapi_xstrdup(path);

	for (char *s = strchr(dir + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		if (mkdir(dir, 0777) && errno != EEXIST)
			break;
		*s = '/';
	}
	free(dir);
	*tmp = kapi_xasprintf("%s.tmp", path);
	return fopen(*tmp, "w");
}

static int kapi_close_tmp(FILE *f, char *tmp, const char *path, int status)
{
	if (fclose(f) || (status == KAPI_EXIT_OK && rename(tmp, path))) {
		fprintf(stderr, "kapi-db: cannot write %s: %s\n", path,
			strerror(errno));
		status = KAPI_EXIT_USAGE;
	}
	if (status != KAPI_EXIT_OK)
		unlink(tmp);
	free(tmp);
	return status;
}

static const char kapi_dir_defs_head[] =
	"/* kapi-diagnose-defs.h: the macros of the kapi-diagnose wrapper\n"
	" * headers beside it.  Generated by `kapi-db header --dir`. */\n"
	"#ifndef KAPI_DIAGNOSE_DEFS_H\n"
	"#define KAPI_DIAGNOSE_DEFS_H\n";

/*
 * --dir DIR: DIR/kapi-diagnose-defs.h with the macros, and for each C
 * library header H that declares a bound wrapper, DIR/H, which includes
 * the real H (#include_next) and then redeclares its wrappers.  Used with
 * -isystem DIR, a file pays only for the headers it includes itself, and
 * its own feature macros (_GNU_SOURCE, _FILE_OFFSET_BITS) are in force.
 */
static int kapi_write_dir(struct kapi_gen *g, const char *dir,
			  const struct kapi_protos *ps,
			  const struct kapi_hbindings *bs, struct kapi_db *db,
			  size_t *emitted)
{
	const char *open_part = kapi_macros_open();
	size_t n;
	const char **headers;
	char *path, *tmp;
	int status;

	path = kapi_xasprintf("%s/kapi-diagnose-defs.h", dir);
	g->out = kapi_open_tmp(path, &tmp);
	if (!g->out) {
		fprintf(stderr, "kapi-db: cannot write %s: %s\n", path,
			strerror(errno));
		free(tmp);
		free(path);
		return KAPI_EXIT_USAGE;
	}
	fputs(kapi_dir_defs_head, g->out);
	kapi_emit_arch(g->out);
	fwrite(kapi_header_macros, 1, (size_t)(open_part - kapi_header_macros),
	       g->out);
	fputs("#endif /* KAPI_DIAGNOSE_DEFS_H */\n", g->out);
	status = kapi_close_tmp(g->out, tmp, path, KAPI_EXIT_OK);
	free(path);

	headers = kapi_bound_headers(ps, bs, &n);
	for (size_t i = 0; status == KAPI_EXIT_OK && i < n; i++) {
		const char *header = headers[i];

		path = kapi_xasprintf("%s/%s", dir, header);
		g->out = kapi_open_tmp(path, &tmp);
		if (!g->out) {
			fprintf(stderr, "kapi-db: cannot write %s: %s\n", path,
				strerror(errno));
			free(tmp);
			free(path);
			status = KAPI_EXIT_USAGE;
			break;
		}
		fprintf(g->out,
			"/* <%s> with kernel API contracts on its wrappers.\n"
			" * Generated by `kapi-db header --dir`; do not edit.\n"
			" * Use with -isystem on this directory. */\n"
			"#include_next <%s>\n"
			"#if defined(__clang__) && defined(__has_attribute) && "
			"!defined(__KAPI_DIAGNOSE_",
			header, header);
		kapi_put_ident(g->out, header);
		fputs(")\n#if __has_attribute(diagnose_if)\n"
		      "#define __KAPI_DIAGNOSE_",
		      g->out);
		kapi_put_ident(g->out, header);
		fputs(" 1\n#include <kapi-diagnose-defs.h>\n"
		      "#define __KAPI_HAVE_",
		      g->out);
		kapi_put_ident(g->out, header);
		fprintf(g->out, " 1\n%s", open_part);
		status = kapi_emit_bindings(g, ps, bs, db, header, emitted);
		fputs(kapi_decls_close, g->out);
		fputs("#endif /* __has_attribute(diagnose_if) */\n"
		      "#endif /* __clang__ */\n",
		      g->out);
		status = kapi_close_tmp(g->out, tmp, path, status);
		free(path);
	}
	g->out = NULL;
	free(headers);
	return status;
}

int kapi_cmd_header(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"db", required_argument, NULL, 'd'},
		{"bindings", required_argument, NULL, 'b'},
		{"prototypes", required_argument, NULL, 'P'},
		{"output", required_argument, NULL, 'o'},
		{"dir", required_argument, NULL, 'D'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const struct kapi_cmd *cmd = kapi_find_cmd("header");
	const char *db_opt = NULL, *output = NULL, *dir = NULL;
	const char **extra_b = NULL, **extra_p = NULL;
	size_t nb = 0, capb = 0, np = 0, capp = 0, emitted = 0;
	struct kapi_hbindings bs = {0};
	struct kapi_protos ps = {0};
	struct kapi_gen g = {0};
	struct kapi_strbuf noproto = {0};
	struct kapi_db *db = NULL;
	char *shipped = NULL, *tmp = NULL;
	int c, status = KAPI_EXIT_USAGE;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:b:P:o:D:h", longopts, NULL)) !=
	       -1) {
		switch (c) {
		case 'd':
			db_opt = optarg;
			break;
		case 'b':
			*KAPI_APPEND(extra_b, nb, capb) = optarg;
			break;
		case 'P':
			*KAPI_APPEND(extra_p, np, capp) = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 'D':
			dir = optarg;
			break;
		case 'h':
			printf("usage: kapi-db %s\n\n%s\n", cmd->usage,
			       cmd->summary);
			status = KAPI_EXIT_OK;
			goto out;
		default:
			fprintf(stderr, "usage: kapi-db %s\n", cmd->usage);
			goto out;
		}
	}
	if (optind != argc || (output && dir)) {
		fprintf(stderr, "usage: kapi-db %s\n", cmd->usage);
		goto out;
	}
	shipped = kapi_shipped_bindings();
	if (kapi_hbindings_load(&bs, shipped))
		goto out;
	for (size_t i = 0; i < nb; i++)
		if (kapi_hbindings_load(&bs, extra_b[i]))
			goto out;
	for (size_t i = 0;
	     i < sizeof(kapi_builtin_protos) / sizeof(kapi_builtin_protos[0]);
	     i++)
		if (kapi_protos_add_line(&ps, kapi_builtin_protos[i],
					 "built-in prototypes",
					 (unsigned)i + 1))
			goto out;
	for (size_t i = 0; i < np; i++)
		if (kapi_protos_load(&ps, extra_p[i]))
			goto out;
	db = kapi_open_db(db_opt, KAPI_DB_READ);
	if (!db)
		goto out;

	if (dir) {
		if (mkdir(dir, 0777) && errno != EEXIST) {
			fprintf(stderr, "kapi-db: cannot create %s: %s\n", dir,
				strerror(errno));
			goto out;
		}
		kapi_note_unprototyped(&g, &ps, &bs, &noproto);
		status = kapi_write_dir(&g, dir, &ps, &bs, db, &emitted);
		goto report;
	}
	if (output) {
		tmp = kapi_xasprintf("%s.tmp", output);
		g.out = fopen(tmp, "w");
		if (!g.out) {
			fprintf(stderr, "kapi-db: cannot write %s: %s\n", tmp,
				strerror(errno));
			goto out;
		}
	} else {
		g.out = stdout;
	}
	fputs(kapi_header_head, g.out);
	kapi_emit_includes(g.out, &ps, &bs);
	kapi_emit_arch(g.out);
	fputs(kapi_header_macros, g.out);
	kapi_note_unprototyped(&g, &ps, &bs, &noproto);
	status = kapi_emit_bindings(&g, &ps, &bs, db, NULL, &emitted);
	fputs(kapi_decls_close, g.out);
	fputs(kapi_header_tail, g.out);
	if (output) {
		if (fclose(g.out) ||
		    (status == KAPI_EXIT_OK && rename(tmp, output))) {
			fprintf(stderr, "kapi-db: cannot write %s: %s\n",
				output, strerror(errno));
			status = KAPI_EXIT_USAGE;
		}
		if (status != KAPI_EXIT_OK)
			unlink(tmp);
	}
report:
	if (status == KAPI_EXIT_OK && noproto.len)
		fprintf(stderr,
			"kapi-db: header: no prototype for %s (give them with "
			"--prototypes); skipped\n",
			noproto.buf);
	if (status == KAPI_EXIT_OK)
		fprintf(stderr,
			"kapi-db: header: %zu functions annotated, %zu "
			"bindings without a prototype or spec\n",
			emitted, g.skipped);
out:
	kapi_sb_free(&g.decl);
	kapi_sb_free(&noproto);
	free(g.wur);
	if (db)
		kapi_db_close(db);
	kapi_hbindings_free(&bs);
	kapi_protos_free(&ps);
	free(extra_b);
	free(extra_p);
	free(shipped);
	free(tmp);
	return status;
}
