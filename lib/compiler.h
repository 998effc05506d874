/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_LIB_COMPILER_H
#define SCXINIT_LIB_COMPILER_H

/*
 * __noreturn, __printf() and __aligned() come from the Makefile: nolibc
 * lacks the kernel's attribute macros.
 */
#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif

#endif
