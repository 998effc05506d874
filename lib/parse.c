// SPDX-License-Identifier: GPL-2.0-only
/*
 * Parsers for what a user hands scxinit: command line words, argument
 * files and numbers.  They never print; callers name the key or file.
 */
#include "lib/parse.h"

int parse_ulong(const char *s, unsigned long min, unsigned long max,
		unsigned long *out)
{
	unsigned long v = 0;

	if (!*s)
		return -EINVAL;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -EINVAL;
		if (v > (~0UL - (*s - '0')) / 10)
			return -ERANGE;
		v = v * 10 + (*s - '0');
	}
	if (v < min || v > max)
		return -ERANGE;
	*out = v;
	return 0;
}

char *cmdline_next(char **pos, char **val)
{
	char *p = *pos, *key, *dst;
	bool quoted = false;

	while (*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	if (!*p)
		return NULL;
	key = p;
	dst = p;
	*val = NULL;
	for (; *p; p++) {
		if (*p == '"') {
			quoted = !quoted;
			continue;
		}
		if (!quoted && (*p == ' ' || *p == '\t' || *p == '\n')) {
			p++;
			break;
		}
		if (*p == '=' && !*val) {
			*dst++ = '\0';
			*val = dst;
			continue;
		}
		*dst++ = *p;
	}
	*dst = '\0';
	if (!*val)
		*val = dst;
	*pos = p;
	return key;
}

int split_lines(char *buf, size_t len, char **argv, int max, int *bad_line)
{
	int argc = 0, line = 1;
	char *start = buf;

	if (!len)
		return -ENODATA;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && buf[i] == '\0') {
			*bad_line = line;
			return -EINVAL;
		}
		if (i < len && buf[i] != '\n')
			continue;
		/* A final newline ends the last line; it adds no argument. */
		if (i == len && start == buf + len)
			break;
		if (argc == max)
			return -E2BIG;
		if (i < len)
			buf[i] = '\0';
		argv[argc++] = start;
		start = buf + i + 1;
		line++;
	}
	argv[argc] = NULL;
	return argc;
}

const char *find_line(const char *text, const char *needle, int *len)
{
	const char *p = strstr(text, needle), *end;

	if (!p)
		return NULL;
	end = strchr(p, '\n');
	*len = end ? end - p : (int)strlen(p);
	return p;
}

int cpulist_count(const char *s)
{
	int count = 0;

	while (*s && *s != '\n') {
		unsigned long lo = 0, hi;

		if (*s < '0' || *s > '9')
			return -EINVAL;
		while (*s >= '0' && *s <= '9')
			lo = lo * 10 + *s++ - '0';
		hi = lo;
		if (*s == '-') {
			s++;
			if (*s < '0' || *s > '9')
				return -EINVAL;
			hi = 0;
			while (*s >= '0' && *s <= '9')
				hi = hi * 10 + *s++ - '0';
		}
		if (hi < lo)
			return -EINVAL;
		count += hi - lo + 1;
		if (*s == ',')
			s++;
		else if (*s && *s != '\n')
			return -EINVAL;
	}
	return count;
}
