/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_LIB_FMT_H
#define SCXINIT_LIB_FMT_H

#include "lib/compiler.h"

#include <stdarg.h>

/*
 * The kernel's scnprintf(): like nolibc's snprintf(), but returns the
 * bytes written (not counting the NUL), never more than @size - 1, so
 * that "len += scnprintf(buf + len, size - len, ...)" stays in @buf.
 * nolibc's printf functions are static: scxinit calls them here only,
 * or each file that did would carry its own copy (20 KiB more).
 */
int vscnprintf(char *buf, size_t size, const char *fmt, va_list ap)
	__printf(3, 0);
int scnprintf(char *buf, size_t size, const char *fmt, ...)
	__printf(3, 4);

/*
 * An errno's name ("ENOENT"), what a kernel developer greps for; nolibc's
 * strerror() and %m only give the number.
 */
const char *errname(int err);

#endif
