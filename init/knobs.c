// SPDX-License-Identifier: GPL-2.0-only
/*
 * Scheduler knobs.  scxinit interprets the one shell form it needs,
 * "echo VALUE > PATH", itself: a test that only pokes sysfs should not
 * need busybox in the initramfs or a fork per line.
 */
#include "init/knobs.h"
#include "init/log.h"
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/parse.h"

#define KNOBS_SIZE 16384
#define KNOBS_MAX 256

static char *unquote(char *s)
{
	size_t n = strlen(s);

	if (n >= 2 && (s[0] == '"' || s[0] == '\'') && s[n - 1] == s[0]) {
		s[n - 1] = '\0';
		return s + 1;
	}
	return s;
}

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return chomp(s);
}

static int apply_line(const char *file, int nr, char *line)
{
	char value[512], *path, *gt;
	int err;

	line = trim(line);
	if (!*line || *line == '#')
		return 0;
	gt = strrchr(line, '>');
	if (strncmp(line, "echo ", 5) || !gt || gt[-1] == '>') {
		pr_err("%s:%d: expected 'echo VALUE > PATH', got '%s'", file,
		       nr, line);
		return -EINVAL;
	}
	*gt = '\0';
	path = unquote(trim(gt + 1));
	fmt(value, sizeof(value), "%s\n", unquote(trim(line + 5)));
	err = write_file(path, value);
	if (err)
		pr_err("%s:%d: %s: %s", file, nr, path, errname(-err));
	else
		pr_info("%s:%d: %s < %s", file, nr, path, chomp(value));
	return err;
}

int knobs_apply(const char *file)
{
	static char buf[KNOBS_SIZE];
	char *lines[KNOBS_MAX + 1];
	int n, bad = 0, failed = 0;
	ssize_t len;

	len = read_file(file, buf, sizeof(buf));
	if (len == -ENOENT)
		return 0;
	if (len < 0) {
		pr_err("%s: %s", file, errname(-len));
		return 1;
	}
	n = split_lines(buf, len, lines, KNOBS_MAX, &bad);
	if (n == -ENODATA)
		return 0;
	if (n < 0) {
		pr_err("%s: %s%s", file, n == -E2BIG ? "too many lines" :
		       "NUL byte on a line", "; nothing applied");
		return 1;
	}
	for (int i = 0; i < n; i++)
		failed += apply_line(file, i + 1, lines[i]) != 0;
	if (failed)
		pr_err("%s: %d of %d lines failed", file, failed, n);
	return failed;
}

static void enable_controllers(const char *dir)
{
	char path[PATH_MAX], ctrls[256], *p, *word, *val;

	fmt(path, sizeof(path), "%s/cgroup.controllers", dir);
	if (read_file(path, ctrls, sizeof(ctrls)) < 0)
		return;
	fmt(path, sizeof(path), "%s/cgroup.subtree_control", dir);
	p = ctrls;
	while ((word = cmdline_next(&p, &val))) {
		char plus[64];

		fmt(plus, sizeof(plus), "+%s", word);
		if (write_file(path, plus))
			pr_debug("%s: %s: %m", path, plus);
	}
}

int cgroup_make_parent(const char *rel)
{
	char dir[PATH_MAX];
	size_t len;

	len = fmt(dir, sizeof(dir), "/sys/fs/cgroup");
	while (*rel) {
		const char *end;

		while (*rel == '/')
			rel++;
		if (!*rel)
			break;
		enable_controllers(dir);
		end = strchr(rel, '/');
		if (!end)
			end = rel + strlen(rel);
		len += fmt(dir + len, sizeof(dir) - len, "/%.*s",
			   (int)(end - rel), rel);
		if (mkdir(dir, 0755) && errno != EEXIST) {
			pr_err("cgroup %s: %m", dir);
			return -errno;
		}
		rel = end;
	}
	pr_info("cgroup parent %s ready", dir);
	return 0;
}
