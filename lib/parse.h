/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_LIB_PARSE_H
#define SCXINIT_LIB_PARSE_H

/* Parse a decimal integer in [min, max]; 0 or -EINVAL / -ERANGE. */
int parse_ulong(const char *s, unsigned long min, unsigned long max,
		unsigned long *out);

/*
 * Split a kernel command line in place into key=value words.  Double
 * quotes group spaces into one word, as the kernel's own parser does
 * ("key=a b" or key="a b"), and are removed.  Returns the next word's
 * key, with *val pointing at its value ("" when there is no '='), or
 * NULL at the end.  *pos carries the position between calls.
 */
char *cmdline_next(char **pos, char **val);

/*
 * Split a one-argument-per-line buffer in place.  Only '\n' separates:
 * every other byte, '\r' included, belongs to its argument, so what the
 * host wrote arrives byte for byte.  The final newline is optional.
 * Returns the number of arguments, or -EINVAL (NUL byte on line
 * *bad_line), -E2BIG (more than @max arguments), -ENODATA (nothing at
 * all).
 */
int split_lines(char *buf, size_t len, char **argv, int max, int *bad_line);

/*
 * Find @needle in @text: returns where it starts and sets *len to the
 * bytes from there to the end of its line (without the '\n'), or NULL.
 */
const char *find_line(const char *text, const char *needle, int *len);

/* Count the CPUs in a kernel cpulist ("0-3,8,10-11"); -EINVAL if bad. */
int cpulist_count(const char *s);

#endif
