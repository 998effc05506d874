// SPDX-License-Identifier: GPL-2.0-only
/*
 * Unit tests of lib/file.c: read_file(), write_file(), exists(),
 * chomp() and now_ns(), on files the test makes under /tmp.
 */
#include "lib/file.h"
#include "unit.h"

static char dir[64];

/* The path of @name in the test's directory; valid until the next call. */
static const char *tmp_path(const char *name)
{
	static char path[128];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

/* Create @name holding @len bytes of @s; returns its path. */
static const char *make_file(const char *name, const char *s, size_t len)
{
	const char *path = tmp_path(name);
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, s, len) != (ssize_t)len)
		ksft_exit_fail_msg("cannot write %s: %d\n", path, errno);
	close(fd);
	return path;
}

static void test_read_file(void)
{
	const char *path;
	char buf[64];
	ssize_t n;

	path = make_file("small", "hello\n", 6);
	n = read_file(path, buf, sizeof(buf));
	is_int(n, 6, "read_file small file length");
	is_str(buf, "hello\n", "read_file small file content");

	path = make_file("fit", "abcd", 4);
	memset(buf, 'X', sizeof(buf));
	n = read_file(path, buf, 5);
	is_int(n, 4, "read_file exact fit (4 bytes, size 5)");
	is_str(buf, "abcd", "read_file exact fit content");

	memset(buf, 'X', sizeof(buf));
	n = read_file(path, buf, 4);
	is_int(n, -E2BIG, "read_file one byte too big (4 bytes, size 4)");
	is_int(buf[4], 'X', "read_file too big writes nothing past size");

	n = read_file(path, buf, 1);
	is_int(n, -E2BIG, "read_file size 1, non-empty file");

	path = make_file("empty", "", 0);
	n = read_file(path, buf, 1);
	is_int(n, 0, "read_file size 1, empty file");
	is_str(buf, "", "read_file empty file content");

	path = make_file("big", "0123456789abcdefghijklmnopqrstuvwxyz", 36);
	n = read_file(path, buf, 16);
	is_int(n, -E2BIG, "read_file 36 bytes into size 16");

	n = read_file(tmp_path("missing"), buf, sizeof(buf));
	is_int(n, -ENOENT, "read_file missing file");

	n = read_file(dir, buf, sizeof(buf));
	is_int(n, -EISDIR, "read_file on a directory");
}

static void test_write_file(void)
{
	const char *path;
	char buf[64];

	path = make_file("w", "", 0);
	is_int(write_file(path, "xyz"), 0, "write_file existing file");
	read_file(path, buf, sizeof(buf));
	is_str(buf, "xyz", "write_file content");
	is_int(write_file(tmp_path("missing"), "x"), -ENOENT,
	       "write_file does not create");
	ok(!exists(tmp_path("missing")), "exists() false for a missing file");
	ok(exists(tmp_path("w")), "exists() true for a file");
	ok(exists(dir), "exists() true for a directory");
}

#define CHOMP_IS(in, exp) do {						\
	char s[32];							\
									\
	snprintf(s, sizeof(s), "%s", in);				\
	ok(chomp(s) == s, "chomp(%s) returns its argument", #in);	\
	is_str(s, exp, "chomp(%s)", #in);				\
} while (0)

static void test_chomp(void)
{
	CHOMP_IS("abc\n", "abc");
	CHOMP_IS("abc", "abc");
	CHOMP_IS("abc \r\n", "abc");
	CHOMP_IS("abc\n\n\n", "abc");
	CHOMP_IS("a b\n", "a b");
	CHOMP_IS("\nabc\n", "\nabc");
	CHOMP_IS("\n \r", "");
	CHOMP_IS("", "");
	CHOMP_IS("abc\t\n", "abc");
}

static void test_now_ns(void)
{
	unsigned long long a, b;
	struct timespec ts;

	a = now_ns();
	clock_gettime(CLOCK_MONOTONIC, &ts);
	b = now_ns();
	ok(b >= a, "now_ns() does not go backwards");
	ok(a / 1000000000ULL <= (unsigned long long)ts.tv_sec &&
	   b / 1000000000ULL >= (unsigned long long)ts.tv_sec,
	   "now_ns() is CLOCK_MONOTONIC in ns");
}

int main(void)
{
	ksft_print_header();
	ksft_set_plan(38);
	snprintf(dir, sizeof(dir), "/tmp/scxinit-unit-%d", getpid());
	if (mkdir(dir, 0700))
		ksft_exit_fail_msg("mkdir %s: %d\n", dir, errno);
	test_read_file();
	test_write_file();
	test_chomp();
	test_now_ns();
	unlink(tmp_path("small"));
	unlink(tmp_path("fit"));
	unlink(tmp_path("empty"));
	unlink(tmp_path("big"));
	unlink(tmp_path("w"));
	rmdir(dir);
	ksft_finished();
}
