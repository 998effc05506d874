/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A tiny TAP producer for the lib/ unit tests.  Output goes through
 * nolibc's own printf, never through lib/fmt.c, so a broken vfmt()
 * cannot hide its own failures.
 *
 *	tap_plan(N);
 *	ok(cond, "desc %d", i);
 *	is_int(got, expected, "desc");
 *	is_str(got, expected, "desc");
 *	return tap_done();
 */
#ifndef SCXINIT_SELFTESTS_TAP_H
#define SCXINIT_SELFTESTS_TAP_H

#include <stdarg.h>

static int tap_planned, tap_run, tap_failed;

static inline void tap_plan(int n)
{
	tap_planned = n;
	printf("TAP version 13\n1..%d\n", n);
}

static inline __printf(2, 0)
bool tap_vok(bool pass, const char *desc, va_list ap)
{
	tap_run++;
	if (!pass)
		tap_failed++;
	printf("%sok %d - ", pass ? "" : "not ", tap_run);
	vprintf(desc, ap);
	printf("\n");
	return pass;
}

static inline __printf(2, 3)
bool tap_ok(bool pass, const char *desc, ...)
{
	va_list ap;

	va_start(ap, desc);
	pass = tap_vok(pass, desc, ap);
	va_end(ap);
	return pass;
}

/* Print @s as a C string literal, so that "\n" and "\0" show up. */
static inline void tap_put_str(const char *s)
{
	if (!s) {
		printf("NULL");
		return;
	}
	printf("\"");
	for (; *s; s++) {
		if (*s == '\n')
			printf("\\n");
		else if (*s == '\r')
			printf("\\r");
		else if (*s == '\t')
			printf("\\t");
		else if (*s == '"' || *s == '\\')
			printf("\\%c", *s);
		else if ((unsigned char)*s < ' ' || (unsigned char)*s > '~')
			printf("\\x%02x", (unsigned char)*s);
		else
			printf("%c", *s);
	}
	printf("\"");
}

static inline __printf(3, 4)
bool tap_is_int(long long got, long long exp, const char *desc, ...)
{
	va_list ap;
	bool pass;

	va_start(ap, desc);
	pass = tap_vok(got == exp, desc, ap);
	va_end(ap);
	if (!pass)
		printf("# got: %lld, expected: %lld\n", got, exp);
	return pass;
}

static inline __printf(3, 4)
bool tap_is_str(const char *got, const char *exp, const char *desc, ...)
{
	va_list ap;
	bool pass;

	pass = got && exp ? !strcmp(got, exp) : got == exp;
	va_start(ap, desc);
	pass = tap_vok(pass, desc, ap);
	va_end(ap);
	if (!pass) {
		printf("# got: ");
		tap_put_str(got);
		printf(", expected: ");
		tap_put_str(exp);
		printf("\n");
	}
	return pass;
}

/* Exit status for main(): non-zero on any failure or a wrong plan. */
static inline int tap_done(void)
{
	if (tap_run != tap_planned) {
		printf("# planned %d tests but ran %d\n", tap_planned, tap_run);
		return 1;
	}
	if (tap_failed)
		printf("# FAILED %d of %d tests\n", tap_failed, tap_run);
	return tap_failed ? 1 : 0;
}

#define ok(cond, ...)		tap_ok(!!(cond), __VA_ARGS__)
#define is_int(got, exp, ...)	tap_is_int((long long)(got),		\
					   (long long)(exp), __VA_ARGS__)
#define is_str(got, exp, ...)	tap_is_str((got), (exp), __VA_ARGS__)

#endif
