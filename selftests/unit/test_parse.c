// SPDX-License-Identifier: GPL-2.0-only
/*
 * Unit tests of lib/parse.c: parse_ulong(), cmdline_next(),
 * split_lines() and find_line().
 */
#include "lib/parse.h"
#include "unit.h"

#define SENTINEL 0x5a5a5a5aUL
#define OUT_LEN 256

static void ulong_is(const char *s, unsigned long min, unsigned long max,
		     int exp_ret, unsigned long exp_val)
{
	unsigned long v = SENTINEL;
	int ret;

	ret = parse_ulong(s, min, max, &v);
	is_int(ret, exp_ret, "parse_ulong(\"%s\", %lu, %lu) returns %d",
	       s, min, max, exp_ret);
	/* On error *out must be left alone. */
	if (v != (exp_ret ? SENTINEL : exp_val))
		ksft_print_msg("value: got %lu, expected %lu\n", v,
			       exp_ret ? SENTINEL : exp_val);
	ok(v == (exp_ret ? SENTINEL : exp_val),
	   "parse_ulong(\"%s\") value", s);
}

static void test_parse_ulong(void)
{
	ulong_is("", 0, ULONG_MAX, -EINVAL, 0);
	ulong_is("abc", 0, ULONG_MAX, -EINVAL, 0);
	ulong_is("12a", 0, ULONG_MAX, -EINVAL, 0);
	ulong_is("-1", 0, ULONG_MAX, -EINVAL, 0);
	ulong_is("+1", 0, ULONG_MAX, -EINVAL, 0);
	ulong_is(" 1", 0, ULONG_MAX, -EINVAL, 0);
	ulong_is("1 ", 0, ULONG_MAX, -EINVAL, 0);
	ulong_is("0", 0, ULONG_MAX, 0, 0);
	ulong_is("42", 0, ULONG_MAX, 0, 42);
	ulong_is("007", 0, ULONG_MAX, 0, 7);
	ulong_is("18446744073709551615", 0, ULONG_MAX, 0, ULONG_MAX);
	ulong_is("18446744073709551616", 0, ULONG_MAX, -ERANGE, 0);
	ulong_is("18446744073709551620", 0, ULONG_MAX, -ERANGE, 0);
	ulong_is("99999999999999999999999", 0, ULONG_MAX, -ERANGE, 0);
	ulong_is("5", 5, 10, 0, 5);
	ulong_is("10", 5, 10, 0, 10);
	ulong_is("4", 5, 10, -ERANGE, 0);
	ulong_is("11", 5, 10, -ERANGE, 0);
	ulong_is("0", 1, 10, -ERANGE, 0);
	ulong_is("7", 7, 7, 0, 7);
}

/*
 * Run cmdline_next() over a copy of @line and render the words as
 * "[key][val]..." so that one comparison checks them all.
 */
static void cmdline_is(const char *line, const char *exp, const char *name)
{
	char copy[128], out[256], *pos = copy, *key, *val;
	int len = 0, words = 0;

	snprintf(copy, sizeof(copy), "%s", line);
	out[0] = '\0';
	while ((key = cmdline_next(&pos, &val)) && words++ < 16)
		len += snprintf(out + len, sizeof(out) - len, "[%s][%s]",
				key, val ? val : "(NULL)");
	if (key)
		snprintf(out, sizeof(out), "(runaway)");
	else if (cmdline_next(&pos, &val))
		snprintf(out, sizeof(out), "(word after the end)");
	is_str(out, exp, "cmdline_next over %s", name);
}

#define CMDLINE_IS(line, exp) cmdline_is(line, exp, #line)

static void test_cmdline_next(void)
{
	CMDLINE_IS("", "");
	CMDLINE_IS(" \t\n ", "");
	CMDLINE_IS("console=ttyS0 quiet",
		   "[console][ttyS0][quiet][]");
	CMDLINE_IS("  a=1  ", "[a][1]");
	CMDLINE_IS("a=1  b=2\tc=3\nd=4\n", "[a][1][b][2][c][3][d][4]");
	CMDLINE_IS("k=a=b", "[k][a=b]");
	CMDLINE_IS("k= x", "[k][][x][]");
	CMDLINE_IS("scxinit.args=\"a b\" x=1", "[scxinit.args][a b][x][1]");
	CMDLINE_IS("\"key=a b\" x", "[key][a b][x][]");
	CMDLINE_IS("k=\"a\tb=c\"", "[k][a\tb=c]");
	CMDLINE_IS("k=\"\" j", "[k][][j][]");
	CMDLINE_IS("k=\"a b", "[k][a b]");
}

/*
 * Run split_lines() over @len bytes of @in, NUL-terminated after @len
 * as read_file() leaves it, and render argv as "[a][b]...".
 */
static int lines_run(const char *in, size_t len, int max, char *out,
		     int *bad_line)
{
	char copy[64], *argv[8];
	int argc, n = 0;

	memcpy(copy, in, len);
	copy[len] = '\0';
	for (int i = 0; i < 8; i++)
		argv[i] = copy;
	*bad_line = -1;
	out[0] = '\0';
	argc = split_lines(copy, len, argv, max, bad_line);
	for (int i = 0; i < argc; i++)
		n += snprintf(out + n, OUT_LEN - n, "[%s]", argv[i]);
	if (argc >= 0 && argv[argc])
		snprintf(out, OUT_LEN, "(argv not terminated)");
	return argc;
}

#define LINES_IS(in, exp_argc, exp) do {				\
	char out[OUT_LEN];						\
	int bad, argc;							\
									\
	argc = lines_run(in, sizeof(in) - 1, 4, out, &bad);		\
	is_int(argc, exp_argc, "split_lines(%s) count", #in);		\
	is_str(out, exp, "split_lines(%s) args", #in);			\
} while (0)

static void lines_err(const char *in, size_t len, const char *name, int max,
		      int exp_err, int exp_line)
{
	char out[OUT_LEN];
	int bad, argc;

	argc = lines_run(in, len, max, out, &bad);
	is_int(argc, exp_err, "split_lines(%s, max %d) fails", name, max);
	if (exp_line)
		is_int(bad, exp_line, "split_lines(%s) bad line", name);
}

#define LINES_ERR(in, max, exp_err, exp_line) \
	lines_err(in, sizeof(in) - 1, #in, max, exp_err, exp_line)

static void test_split_lines(void)
{
	LINES_IS("a", 1, "[a]");
	LINES_IS("a\n", 1, "[a]");
	LINES_IS("prog\n--flag\n", 2, "[prog][--flag]");
	LINES_IS("a\nb", 2, "[a][b]");
	/* Only '\n' separates: a CR is part of its argument. */
	LINES_IS("a\r\nb\r\n", 2, "[a\r][b\r]");
	LINES_IS("a\r", 1, "[a\r]");
	LINES_IS("x\r\r\n", 1, "[x\r\r]");
	LINES_IS("x\r\r", 1, "[x\r\r]");
	LINES_IS("\r\n", 1, "[\r]");
	LINES_IS("\r\n\r\r\n", 2, "[\r][\r\r]");
	LINES_IS("\r\rx\n", 1, "[\r\rx]");
	LINES_IS("a\rb\n", 1, "[a\rb]");
	LINES_IS("a\n\nb\n", 3, "[a][][b]");
	LINES_IS("a b\n c\n", 2, "[a b][ c]");
	LINES_IS("a\nb\nc\nd\n", 4, "[a][b][c][d]");

	LINES_ERR("", 4, -ENODATA, 0);
	LINES_ERR("\0", 4, -EINVAL, 1);
	LINES_ERR("a\nb\0c\n", 4, -EINVAL, 2);
	LINES_ERR("a\n\n\0", 4, -EINVAL, 3);
	LINES_ERR("a\nb\nc", 2, -E2BIG, 0);
	LINES_ERR("a\nb\nc\n", 2, -E2BIG, 0);
	LINES_ERR("a\nb\nc\nd\ne\n", 4, -E2BIG, 0);
}

static void line_is(const char *text, const char *needle, const char *exp)
{
	const char *p;
	char out[64];
	int len = -1;

	p = find_line(text, needle, &len);
	if (p)
		snprintf(out, sizeof(out), "%.*s", len, p);
	is_str(p ? out : NULL, exp, "find_line(%s)", needle);
}

static void test_find_line(void)
{
	const char *klog =
		"<6>[    1.617076] Trying to unpack rootfs image as initramfs...\n"
		"<0>[    1.919097] Initramfs unpacking failed: write error\n"
		"<6>[    2.259798] Freeing initrd memory: 80232K\n";

	line_is(klog, "Initramfs unpacking failed: ",
		"Initramfs unpacking failed: write error");
	line_is(klog, "Freeing initrd", "Freeing initrd memory: 80232K");
	line_is(klog, "not there", NULL);
	line_is("no newline at the end", "newline", "newline at the end");
	line_is("", "x", NULL);
}

int main(void)
{
	ksft_print_header();
	ksft_set_plan(97);
	test_parse_ulong();
	test_cmdline_next();
	test_split_lines();
	test_find_line();
	ksft_finished();
}
