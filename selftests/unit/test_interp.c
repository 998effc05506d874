// SPDX-License-Identifier: GPL-2.0-only
/*
 * Unit tests of lib/interp.c: exec_interp() on `#!` lines and on ELF
 * headers built here (64-bit little-endian, and others it refuses), and
 * on this static test binary itself.
 */
#include "lib/interp.h"
#include "unit.h"

static char head[512];
static char out[64];

/* Store @v in @n bytes at @off, little or big endian. */
static void put(size_t off, int n, unsigned long long v, bool msb)
{
	for (int i = 0; i < n; i++)
		head[off + (msb ? n - 1 - i : i)] = v >> (8 * i);
}

/*
 * An ELF header with one PT_LOAD and, if @interp, a PT_INTERP naming
 * it (NUL included) right after the program headers.  Returns the
 * header's length up to the end of the path.
 */
static size_t elf(bool is64, bool msb, const char *interp)
{
	size_t ehsize = is64 ? 64 : 52, phsize = is64 ? 56 : 32;
	size_t off = ehsize + 2 * phsize, len = strlen(interp) + 1;

	memset(head, 0, sizeof(head));
	memcpy(head, "\177ELF", 4);
	head[4] = is64 ? 2 : 1;
	head[5] = msb ? 2 : 1;
	put(is64 ? 32 : 28, is64 ? 8 : 4, ehsize, msb);
	put(is64 ? 54 : 42, 2, phsize, msb);
	put(is64 ? 56 : 44, 2, *interp ? 2 : 1, msb);
	put(ehsize, 4, 1, msb);				/* PT_LOAD */
	if (!*interp)
		return ehsize + phsize;
	put(ehsize + phsize, 4, 3, msb);		/* PT_INTERP */
	put(ehsize + phsize + (is64 ? 8 : 4), is64 ? 8 : 4, off, msb);
	put(ehsize + phsize + (is64 ? 32 : 16), is64 ? 8 : 4, len, msb);
	memcpy(head + off, interp, len);
	return off + len;
}

static void interp_is(const char *what, size_t len, int exp_ret,
		      const char *exp)
{
	int ret;

	snprintf(out, sizeof(out), "(unset)");
	ret = exec_interp(head, len, out, sizeof(out));
	is_int(ret, exp_ret, "%s: returns %d", what, exp_ret);
	if (!exp_ret)
		is_str(out, exp, "%s: interpreter", what);
}

static void script_is(const char *text, int exp_ret, const char *exp)
{
	char what[80];
	const char *nl = strchr(text, '\n');
	size_t n = nl ? (size_t)(nl - text) : strlen(text);

	memset(head, 0, sizeof(head));
	snprintf(head, sizeof(head), "%s", text);
	snprintf(what, sizeof(what), "'%.*s'%s", (int)(n > 40 ? 40 : n), text,
		 text[n] ? " and a newline" : "");
	interp_is(what, strlen(text), exp_ret, exp);
}

static void test_shebang(void)
{
	script_is("#!/bin/sh\necho hi\n", 0, "/bin/sh");
	script_is("#! /usr/bin/env bash\n", 0, "/usr/bin/env");
	script_is("#!\t/bin/bash -e\n", 0, "/bin/bash");
	script_is("#!/bin/sh\r\n", 0, "/bin/sh\r");
	script_is("#!\n", -ENOEXEC, NULL);
	script_is("#!\t \t\n", -ENOEXEC, NULL);
	script_is("#!/bin/sh", -E2BIG, NULL);
	script_is("#!/a/path/longer/than/the/sixty/four/bytes/of/the/output/buffer/of/the/test\n",
		  -E2BIG, NULL);
	script_is("echo hi\n", -ENOEXEC, NULL);
	script_is("#", -ENOEXEC, NULL);
	script_is("", -ENOEXEC, NULL);
}

static void test_elf(void)
{
	const char *ld = "/lib64/ld-linux-x86-64.so.2";
	size_t len;

	len = elf(true, false, ld);
	interp_is("ELF64 LSB", len, 0, ld);
	interp_is("ELF64 LSB, path cut off", len - 4, -E2BIG, NULL);
	interp_is("ELF64 LSB, program headers cut off", 100, -E2BIG, NULL);
	interp_is("ELF64 LSB, header cut off", 40, -E2BIG, NULL);
	/* Neither of our architectures runs these. */
	len = elf(false, true, "/lib/ld.so.1");
	interp_is("ELF32 MSB", len, -ENOEXEC, NULL);
	len = elf(false, false, "/lib/ld-linux-armhf.so.3");
	interp_is("ELF32 LSB", len, -ENOEXEC, NULL);
	len = elf(true, true, "/lib64/ld64.so.2");
	interp_is("ELF64 MSB", len, -ENOEXEC, NULL);
	len = elf(true, false, "");
	interp_is("ELF64 static", len, -ENOENT, NULL);
	len = elf(true, false, ld);
	head[4] = 3;
	interp_is("ELF of class 3", len, -ENOEXEC, NULL);
	len = elf(true, false,
		  "/a/path/longer/than/the/sixty/four/bytes/of/the/output/buffer/of/the/test");
	interp_is("ELF64, path too long", len, -E2BIG, NULL);
}

static void test_self(void)
{
	int fd = open("/proc/self/exe", O_RDONLY);
	ssize_t n = fd < 0 ? -1 : read(fd, head, sizeof(head));

	if (fd >= 0)
		close(fd);
	ok(n > 0, "read /proc/self/exe");
	interp_is("this static test", n > 0 ? n : 0, -ENOENT, NULL);
}

int main(void)
{
	ksft_print_header();
	ksft_set_plan(28);
	test_shebang();
	test_elf();
	test_self();
	ksft_finished();
}
