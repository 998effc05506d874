/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_LIB_FILE_H
#define SCXINIT_LIB_FILE_H

/*
 * Read a whole file into @buf (at most @size - 1 bytes, NUL-terminated).
 * Returns the length, -E2BIG if it does not fit, or -errno.
 */
ssize_t read_file(const char *path, char *buf, size_t size);
int write_file(const char *path, const char *s);
bool exists(const char *path);
/* Trailing whitespace off, in place; returns @s. */
char *chomp(char *s);
/* CLOCK_MONOTONIC in ns. */
unsigned long long now_ns(void);

#define NSEC_PER_SEC 1000000000ULL
#define NSEC_PER_MSEC 1000000ULL

#endif
