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

/* The first failure of a file, for the verdict's reason. */
struct knob_err {
	char *msg;
	size_t size;
	int failed;
};

static void __printf(2, 3)
knob_fail(struct knob_err *e, const char *f, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, f);
	vscnprintf(msg, sizeof(msg), f, ap);
	va_end(ap);
	pr_err("%s", msg);
	if (!e->failed++ && e->size)
		scnprintf(e->msg, e->size, "%s", msg);
}

static void apply_line(const char *file, int nr, char *line,
		       struct knob_err *e)
{
	char value[512], *path, *gt;
	int err;

	line = trim(line);
	if (!*line || *line == '#')
		return;
	gt = strrchr(line, '>');
	if (strncmp(line, "echo ", 5) || !gt || gt[-1] == '>') {
		knob_fail(e, "%s:%d: expected 'echo VALUE > PATH', got '%s'",
			  file, nr, line);
		return;
	}
	*gt = '\0';
	path = unquote(trim(gt + 1));
	scnprintf(value, sizeof(value), "%s\n", unquote(trim(line + 5)));
	err = write_file(path, value);
	if (err)
		knob_fail(e, "%s:%d: %s: %s", file, nr, path, errname(-err));
	else
		pr_info("%s:%d: %s < %s", file, nr, path, chomp(value));
}

int knobs_apply(const char *file, char *msg, size_t size)
{
	static char buf[KNOBS_SIZE];
	struct knob_err e = { .msg = msg, .size = size };
	char *lines[KNOBS_MAX + 1];
	int n, bad = 0;
	ssize_t len;

	if (size)
		msg[0] = '\0';
	if (!file)
		return 0;
	len = read_file(file, buf, sizeof(buf));
	if (len == -ENOENT)
		return 0;
	if (len < 0) {
		knob_fail(&e, "%s: cannot read: %s", file, errname(-len));
		return e.failed;
	}
	n = split_lines(buf, len, lines, KNOBS_MAX, &bad);
	if (n == -ENODATA)
		return 0;
	if (n == -EINVAL)
		knob_fail(&e, "%s:%d: NUL byte; nothing applied", file, bad);
	if (n == -E2BIG)
		knob_fail(&e, "%s: more than %d lines; nothing applied", file,
			  KNOBS_MAX);
	if (n < 0)
		return e.failed;
	/* Every line is tried, so that the log names all that fail. */
	for (int i = 0; i < n; i++)
		apply_line(file, i + 1, lines[i], &e);
	if (e.failed > 1) {
		pr_err("%s: %d of %d lines failed", file, e.failed, n);
		if (size)
			scnprintf(msg + strlen(msg), size - strlen(msg),
				  " (%d of %d lines failed)", e.failed, n);
	}
	return e.failed;
}

static void enable_controllers(const char *dir)
{
	char path[PATH_MAX], ctrls[256], *p, *word, *val;

	scnprintf(path, sizeof(path), "%s/cgroup.controllers", dir);
	if (read_file(path, ctrls, sizeof(ctrls)) < 0)
		return;
	scnprintf(path, sizeof(path), "%s/cgroup.subtree_control", dir);
	p = ctrls;
	while ((word = cmdline_next(&p, &val))) {
		char plus[64];

		scnprintf(plus, sizeof(plus), "+%s", word);
		if (write_file(path, plus))
			pr_debug("%s: %s: %s", path, plus, errname(errno));
	}
}

int cgroup_make_parent(const char *rel)
{
	char dir[PATH_MAX];
	size_t len;

	len = scnprintf(dir, sizeof(dir), "/sys/fs/cgroup");
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
		len += scnprintf(dir + len, sizeof(dir) - len, "/%.*s",
				 (int)(end - rel), rel);
		if (mkdir(dir, 0755) && errno != EEXIST) {
			pr_err("cgroup %s: %s", dir, errname(errno));
			return -errno;
		}
		rel = end;
	}
	pr_info("cgroup parent %s ready", dir);
	return 0;
}
