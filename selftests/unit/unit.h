/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The lib/ unit tests report through kselftest.h.  What it lacks is a
 * comparison that shows both sides on failure: is_int() and is_str()
 * add that, as "# got: ..., expected: ..." after the "not ok" line.
 * Descriptions are format string literals without the newline.
 */
#ifndef SCXINIT_SELFTESTS_UNIT_H
#define SCXINIT_SELFTESTS_UNIT_H

/* kselftest.h spells it its own way; the Makefile's is nolibc.mk's. */
#undef __printf
#include <kselftest.h>

/* @s as a C string literal, so that "\n" and "\0" show up. */
static inline void put_str(const char *s)
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

static inline bool str_eq(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

/* One test point: ok or not ok; evaluates to the result. */
#define ok(cond, fmt, ...) ({						\
	bool __pass = !!(cond);						\
	ksft_test_result(__pass, fmt "\n", ##__VA_ARGS__);		\
	__pass;								\
})

#define is_int(got, exp, fmt, ...) ({					\
	long long __got = (got), __exp = (exp);				\
	bool __same = ok(__got == __exp, fmt, ##__VA_ARGS__);		\
	if (!__same)							\
		ksft_print_msg("got: %lld, expected: %lld\n", __got,	\
			       __exp);					\
	__same;								\
})

#define is_str(got, exp, fmt, ...) ({					\
	const char *__got = (got), *__exp = (exp);			\
	bool __same = ok(str_eq(__got, __exp), fmt, ##__VA_ARGS__);	\
	if (!__same) {							\
		ksft_print_msg("got: ");				\
		put_str(__got);						\
		printf(", expected: ");					\
		put_str(__exp);						\
		printf("\n");						\
	}								\
	__same;								\
})

#endif
