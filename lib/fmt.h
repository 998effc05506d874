/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_LIB_FMT_H
#define SCXINIT_LIB_FMT_H

#include "lib/compiler.h"

#include <stdarg.h>

/*
 * A printf subset: %d %i %u %x %X %c %s %p %m %%, the l and ll length
 * modifiers, width, '0' and '-' flags and precision (%.*s).  Output is
 * always NUL-terminated and truncated to @size; the return value is the
 * number of bytes written, not counting the NUL.
 */
int vfmt(char *buf, size_t size, const char *fmt, va_list ap);
int fmt(char *buf, size_t size, const char *fmt, ...)
	__printf(3, 4);

const char *errname(int err);

#endif
