/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The system calls scxinit makes that nolibc has no wrapper for, in
 * nolibc's own shape so that each can be sent there as it is: _sys_foo()
 * makes the call and returns -errno, foo() is the libc-shaped name that
 * sets errno and returns -1; sigemptyset() and sigaddset() go with the
 * sigset_t calls.  When nolibc gains one of them, the
 * duplicate definition breaks the build: delete it here.
 *
 * Only the 64-bit calls are covered: scxinit runs on x86_64 and arm64.
 */
#ifndef SCXINIT_LIB_SYSCALLS_H
#define SCXINIT_LIB_SYSCALLS_H

#include <linux/poll.h>
#include <linux/sched.h>

/* <sched.h>'s, which nolibc lacks. */
struct sched_param {
	int sched_priority;
};

static inline int _sys_fcntl(int fd, int cmd, long arg)
{
	return __nolibc_syscall3(__NR_fcntl, fd, cmd, arg);
}

static inline int fcntl(int fd, int cmd, long arg)
{
	return __sysret(_sys_fcntl(fd, cmd, arg));
}

static inline int _sys_finit_module(int fd, const char *params, int flags)
{
	return __nolibc_syscall3(__NR_finit_module, fd, params, flags);
}

static inline int finit_module(int fd, const char *params, int flags)
{
	return __sysret(_sys_finit_module(fd, params, flags));
}

static inline int _sys_inotify_init1(int flags)
{
	return __nolibc_syscall1(__NR_inotify_init1, flags);
}

static inline int inotify_init1(int flags)
{
	return __sysret(_sys_inotify_init1(flags));
}

static inline int _sys_inotify_add_watch(int fd, const char *path,
					 unsigned int mask)
{
	return __nolibc_syscall3(__NR_inotify_add_watch, fd, path, mask);
}

static inline int inotify_add_watch(int fd, const char *path,
				    unsigned int mask)
{
	return __sysret(_sys_inotify_add_watch(fd, path, mask));
}

static inline int _sys_socket(int domain, int type, int protocol)
{
	return __nolibc_syscall3(__NR_socket, domain, type, protocol);
}

static inline int socket(int domain, int type, int protocol)
{
	return __sysret(_sys_socket(domain, type, protocol));
}

/* struct sockaddr is libc's; the kernel takes any address family's. */
static inline int _sys_bind(int fd, const void *addr, unsigned int len)
{
	return __nolibc_syscall3(__NR_bind, fd, addr, len);
}

static inline int bind(int fd, const void *addr, unsigned int len)
{
	return __sysret(_sys_bind(fd, addr, len));
}

/* syslog(2) under glibc's name: nolibc's syslog() would be syslog(3). */
static inline int _sys_klogctl(int type, char *buf, int len)
{
	return __nolibc_syscall3(__NR_syslog, type, buf, len);
}

static inline int klogctl(int type, char *buf, int len)
{
	return __sysret(_sys_klogctl(type, buf, len));
}

static inline int _sys_sched_setscheduler(pid_t pid, int policy,
					  const struct sched_param *param)
{
	return __nolibc_syscall3(__NR_sched_setscheduler, pid, policy, param);
}

static inline int sched_setscheduler(pid_t pid, int policy,
				     const struct sched_param *param)
{
	return __sysret(_sys_sched_setscheduler(pid, policy, param));
}

/*
 * A mask of any type, as the kernel takes it (bytes and a length): the
 * caller's bitmap today, a cpu_set_t should nolibc gain one.
 */
static inline int _sys_sched_getaffinity(pid_t pid, size_t size, void *mask)
{
	return __nolibc_syscall3(__NR_sched_getaffinity, pid, size, mask);
}

/* The kernel's return, the mask's size in bytes, is kept. */
static inline int sched_getaffinity(pid_t pid, size_t size, void *mask)
{
	return __sysret(_sys_sched_getaffinity(pid, size, mask));
}

static inline int _sys_sched_setaffinity(pid_t pid, size_t size,
					 const void *mask)
{
	return __nolibc_syscall3(__NR_sched_setaffinity, pid, size, mask);
}

static inline int sched_setaffinity(pid_t pid, size_t size,
				    const void *mask)
{
	return __sysret(_sys_sched_setaffinity(pid, size, mask));
}

static inline int _sys_close_range(unsigned int first, unsigned int last,
				   unsigned int flags)
{
	return __nolibc_syscall3(__NR_close_range, first, last, flags);
}

static inline int close_range(unsigned int first, unsigned int last,
			      unsigned int flags)
{
	return __sysret(_sys_close_range(first, last, flags));
}

static inline int _sys_ppoll(struct pollfd *fds, int nfds,
			     const struct timespec *timeout,
			     const sigset_t *mask)
{
	return __nolibc_syscall5(__NR_ppoll, fds, nfds, timeout, mask,
				 sizeof(*mask));
}

static inline int ppoll(struct pollfd *fds, int nfds,
			const struct timespec *timeout, const sigset_t *mask)
{
	return __sysret(_sys_ppoll(fds, nfds, timeout, mask));
}

static inline int sigemptyset(sigset_t *set)
{
	memset(set, 0, sizeof(*set));
	return 0;
}

static inline int sigaddset(sigset_t *set, int sig)
{
	unsigned long *word = (unsigned long *)set;
	unsigned int bit = sig - 1, bits = 8 * sizeof(*word);

	if (sig < 1 || bit >= 8 * sizeof(*set))
		return __sysret(-EINVAL);
	word[bit / bits] |= 1UL << (bit % bits);
	return 0;
}

static inline int _sys_sigprocmask(int how, const sigset_t *set,
				   sigset_t *old)
{
	return __nolibc_syscall4(__NR_rt_sigprocmask, how, set, old,
				 sizeof(*set));
}

static inline int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
	return __sysret(_sys_sigprocmask(how, set, old));
}

static inline int _sys_signalfd(int fd, const sigset_t *mask, int flags)
{
	return __nolibc_syscall4(__NR_signalfd4, fd, mask, sizeof(*mask),
				 flags);
}

static inline int signalfd(int fd, const sigset_t *mask, int flags)
{
	return __sysret(_sys_signalfd(fd, mask, flags));
}

static inline int _sys_sigaltstack(const stack_t *ss, stack_t *old)
{
	return __nolibc_syscall2(__NR_sigaltstack, ss, old);
}

static inline int sigaltstack(const stack_t *ss, stack_t *old)
{
	return __sysret(_sys_sigaltstack(ss, old));
}

/*
 * The kernel's struct sigaction (with sa_restorer and a kernel-sized
 * mask), which is not libc's: hence the kernel's name.
 */
static inline int _sys_rt_sigaction(int sig, const void *act, void *old,
				    size_t masksize)
{
	return __nolibc_syscall4(__NR_rt_sigaction, sig, act, old, masksize);
}

static inline int rt_sigaction(int sig, const void *act, void *old,
			       size_t masksize)
{
	return __sysret(_sys_rt_sigaction(sig, act, old, masksize));
}

static inline pid_t _sys_clone3(struct clone_args *args, size_t size)
{
	return __nolibc_syscall2(__NR_clone3, args, size);
}

static inline pid_t clone3(struct clone_args *args, size_t size)
{
	return __sysret(_sys_clone3(args, size));
}

static inline int _sys_pidfd_send_signal(int pidfd, int sig, void *info,
					 unsigned int flags)
{
	return __nolibc_syscall4(__NR_pidfd_send_signal, pidfd, sig, info,
				 flags);
}

static inline int pidfd_send_signal(int pidfd, int sig, void *info,
				    unsigned int flags)
{
	return __sysret(_sys_pidfd_send_signal(pidfd, sig, info, flags));
}

#ifdef __NR_ioperm
static inline int _sys_ioperm(unsigned long from, unsigned long num,
			      int on)
{
	return __nolibc_syscall3(__NR_ioperm, from, num, on);
}

static inline int ioperm(unsigned long from, unsigned long num, int on)
{
	return __sysret(_sys_ioperm(from, num, on));
}
#endif

#endif
