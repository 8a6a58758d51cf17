// Default database, ipc.c specs (System V message queues, semaphore sets
// and shared memory, POSIX message queues): each syscall with a checkable
// constraint once misused (a finding with its rule), and every syscall
// once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <stddef.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

struct kt_msg {
	long mtype;
	char mtext[64];
};

/* ---- System V message queues ------------------------------------------ */

int t_msgget(key_t key)
{
	/* No mask: the kernel ignores bits it does not test. */
	int id = msgget(key, IPC_CREAT | IPC_EXCL | 0600);
	if (id < 0 && errno == EEXIST)
		id = msgget(key, 0600);
	return id;
}

int t_msgsnd(int id, struct kt_msg *m)
{
#ifdef KT_GOOD
	if (msgsnd(id, m, sizeof(m->mtext), 0) < 0)
		return -1;
	if (msgsnd(id, m, sizeof(m->mtext), IPC_NOWAIT) < 0 && errno != EAGAIN)
		return -1;
	return 0;
#else
	// MSG_NOERROR is a receive flag; msgsnd ignores it.
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'msgflg' of msgsnd has bits 0x1000 outside the documented mask 0x800 [kapi-mask]
	if (msgsnd(id, m, sizeof(m->mtext), MSG_NOERROR) < 0)
		return -1;
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'msqid' of msgsnd is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return msgsnd(-1, m, sizeof(m->mtext), 0);
#endif
}

long t_msgrcv(int id, struct kt_msg *m)
{
#ifdef KT_GOOD
	ssize_t n = msgrcv(id, m, sizeof(m->mtext), 0, MSG_NOERROR | IPC_NOWAIT);
	if (n < 0 && errno == ENOMSG)
		return 0;
	if (n < 0)
		return n;
	/* MSG_COPY with IPC_NOWAIT: a copy of the first message. */
	n = msgrcv(id, m, sizeof(m->mtext), 0, MSG_COPY | IPC_NOWAIT);
	if (n < 0 && (errno == ENOSYS || errno == ENOMSG))
		return 0;
	return msgrcv(id, m, sizeof(m->mtext), 2, MSG_EXCEPT);
#else
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of msgrcv break the constraint 'MSG_COPY needs IPC_NOWAIT and no MSG_EXCEPT' of sys_msgrcv{{.*}}[kapi-arg-constraint]
	if (msgrcv(id, m, sizeof(m->mtext), 0, MSG_COPY) < 0)
		return -1;
	// IPC_CREAT (01000) means nothing to msgrcv.
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'msgflg' of msgrcv has bits 0x200 outside the documented mask 0x7800 [kapi-mask]
	return msgrcv(id, m, sizeof(m->mtext), 0, IPC_CREAT);
#endif
}

int t_msgctl(int id, struct msqid_ds *ds)
{
#ifdef KT_GOOD
	struct msginfo info;
	if (msgctl(id, IPC_STAT, ds) < 0)
		return -1;
	if (msgctl(0, MSG_INFO, (struct msqid_ds *)&info) < 0)
		return -1;
	if (msgctl(0, MSG_STAT_ANY, ds) < 0 && errno != EINVAL)
		return -1;
	return msgctl(id, IPC_RMID, NULL);
#else
	// SEM_STAT (18) is a semctl command.
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'cmd' of msgctl is 18, not one of the documented values{{.*}}[kapi-enum]
	return msgctl(id, SEM_STAT, ds);
#endif
}

/* ---- System V semaphores ---------------------------------------------- */

int t_semget(key_t key)
{
#ifdef KT_GOOD
	int id = semget(key, 1, IPC_CREAT | 0600);
	if (id < 0)
		return -1;
	return semget(key, 0, 0);
#else
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'nsems' of semget is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return semget(key, -1, IPC_CREAT | 0600);
#endif
}

int t_semop(int id, struct sembuf *ops)
{
#ifdef KT_GOOD
	struct timespec ts = { 1, 0 };
	if (semop(id, ops, 1) < 0)
		return -1;
	if (semtimedop(id, ops, 1, &ts) < 0 && errno == EAGAIN)
		return 0;
	return semtimedop(id, ops, 2, NULL);
#else
	struct timespec ts = { 1, 0 };
	// nonzero is checked by kapi-alignment.
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'nsops' of semop is 0x0, zero [kapi-alignment]
	if (semop(id, ops, 0) < 0)
		return -1;
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'nsops' of semtimedop is 0x0, zero [kapi-alignment]
	return semtimedop(id, ops, 0, &ts);
#endif
}

int t_semctl(int id, unsigned short *vals)
{
#ifdef KT_GOOD
	if (semctl(id, 0, SETVAL, 1) < 0)
		return -1;
	if (semctl(id, 0, GETALL, vals) < 0)
		return -1;
	if (semctl(id, 0, GETVAL) < 0)
		return -1;
	return semctl(id, 0, IPC_RMID);
#else
	// SHM_LOCK (11) is a shmctl command; 11 is GETPID here, so use 21.
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'cmd' of semctl is 21, not one of the documented values{{.*}}[kapi-enum]
	return semctl(id, 0, 21);
#endif
}

/* ---- System V shared memory ------------------------------------------- */

int t_shmget(key_t key)
{
	int id = shmget(key, 4096, IPC_CREAT | 0600);
	if (id < 0 && errno == EINVAL)
		id = shmget(key, 0, 0);
	return id;
}

void *t_shmat(int id, void *where)
{
#ifdef KT_GOOD
	void *p = shmat(id, NULL, 0);
	if (p == (void *)-1)
		return NULL;
	if (shmdt(p) < 0)
		return NULL;
	p = shmat(id, where, SHM_RND | SHM_RDONLY);
	if (p == (void *)-1)
		return NULL;
	return shmat(id, where, SHM_REMAP);
#else
	void *p;
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'shmflg' of shmat has bits 0x200 outside the documented mask 0xf000 [kapi-mask]
	p = shmat(id, NULL, IPC_CREAT);
	// shmat fails with (void *) -1, like mmap.
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: 'p' holds the result of shmat, which returns (void *) -1 on failure, never NULL; compare with (void *) -1 [kapi-failure-sentinel]
	if (p == NULL)
		return NULL;
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: shmat returns (void *) -1 on failure, never NULL{{.*}}[kapi-failure-sentinel]
	if (shmat(id, where, SHM_RND) == NULL)
		return NULL;
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'shmaddr' of shmdt is 0x1001, not aligned to the page size{{.*}}[kapi-alignment]
	if (shmdt((void *)0x1001) < 0)
		return NULL;
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of shmat break the constraint 'SHM_REMAP needs an address' of sys_shmat{{.*}}[kapi-arg-constraint]
	return shmat(id, NULL, SHM_REMAP);
#endif
}

int t_shmctl(int id, struct shmid_ds *ds)
{
#ifdef KT_GOOD
	if (shmctl(id, IPC_STAT, ds) < 0)
		return -1;
	if (shmctl(id, SHM_LOCK, NULL) < 0 && errno != EPERM)
		return -1;
	return shmctl(id, IPC_RMID, NULL);
#else
	// MSG_STAT (11) is a msgctl command; shmctl's 11 is SHM_LOCK, so 16.
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'cmd' of shmctl is 16, not one of the documented values{{.*}}[kapi-enum]
	if (shmctl(id, 16, ds) < 0)
		return -1;
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'shmid' of shmctl is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return shmctl(-1, IPC_STAT, ds);
#endif
}

/* ---- POSIX message queues --------------------------------------------- */

mqd_t t_mq_open(const char *name, struct mq_attr *attr)
{
#ifdef KT_GOOD
	mqd_t q = mq_open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600, attr);
	if (q == (mqd_t)-1 && errno == EEXIST)
		q = mq_open(name, O_RDONLY | O_NONBLOCK);
	return q;
#else
	// O_TRUNC means nothing to a message queue.
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'oflag' of mq_open has bits 0x200 outside the documented mask 0x808c3 [kapi-mask]
	return mq_open(name, O_RDWR | O_CREAT | O_TRUNC, 0600, attr);
#endif
}

int t_mq_send(mqd_t q, const char *buf, size_t len, const struct timespec *dl)
{
#ifdef KT_GOOD
	if (mq_send(q, buf, len, 0) < 0)
		return -1;
	return mq_timedsend(q, buf, len, 32767, dl);
#else
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'msg_prio' of mq_send is 32768, outside the documented range [0, 32767]{{.*}}[kapi-range]
	if (mq_send(q, buf, len, 32768) < 0)
		return -1;
	// CHECK: ipc.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'msg_prio' of mq_timedsend is 40000, outside the documented range [0, 32767]{{.*}}[kapi-range]
	return mq_timedsend(q, buf, len, 40000, dl);
#endif
}

long t_mq_receive(mqd_t q, char *buf, size_t len, const struct timespec *dl)
{
	unsigned int prio;
	struct mq_attr a, old;
	if (mq_getattr(q, &a) < 0)
		return -1;
	a.mq_flags = O_NONBLOCK;
	if (mq_setattr(q, &a, &old) < 0)
		return -1;
	ssize_t n = mq_receive(q, buf, len, &prio);
	if (n < 0 && errno == EAGAIN)
		n = mq_timedreceive(q, buf, len, NULL, dl);
	if (n < 0 && errno == ETIMEDOUT)
		return 0;
	return n;
}
