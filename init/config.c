// SPDX-License-Identifier: GPL-2.0-only
/*
 * scxinit.* keys on the kernel command line (and ktstr's KTSTR_* names
 * for the same things).  A bad value is an error, never a default.
 */
#include "init/config.h"
#include "init/log.h"
#include "lib/fmt.h"
#include "lib/parse.h"

bool is_pid1;

struct config cfg = {
	.attach_timeout = 10,
	.term = "linux",
};

enum key {
	K_MODE, K_TIMEOUT, K_ATTACH, K_TOPO, K_LOG, K_COLS, K_ROWS, K_TERM,
	K_SELFTEST, K_ACK, K_SPLATS,
};

static const struct {
	const char *name;
	enum key key;
} keys[] = {
	{ "scxinit.mode", K_MODE },
	{ "scxinit.timeout", K_TIMEOUT },
	{ "scxinit.attach_timeout", K_ATTACH },
	{ "scxinit.topo", K_TOPO },
	{ "scxinit.log", K_LOG },
	{ "scxinit.cols", K_COLS },
	{ "scxinit.rows", K_ROWS },
	{ "scxinit.term", K_TERM },
	{ "scxinit.selftest", K_SELFTEST },
	{ "scxinit.ack_timeout", K_ACK },
	{ "scxinit.splats", K_SPLATS },
	{ "KTSTR_MODE", K_MODE },
	{ "KTSTR_TOPO", K_TOPO },
	{ "KTSTR_COLS", K_COLS },
	{ "KTSTR_ROWS", K_ROWS },
	{ "KTSTR_TERM", K_TERM },
};

/* @val's index in @words into *@out, or -EINVAL. */
static int word(const char *val, const char *const *words, int n, int *out)
{
	for (int i = 0; i < n; i++) {
		if (!strcmp(val, words[i])) {
			*out = i;
			return 0;
		}
	}
	return -EINVAL;
}

static int parse_topo(char *val)
{
	char *p = val;

	for (int i = 0; i < 4; i++) {
		char *end = strchr(p, i < 3 ? ',' : '\0');

		if (!end)
			return -EINVAL;
		*end = '\0';
		if (parse_ulong(p, 1, 4096, &cfg.topo[i]))
			return -EINVAL;
		p = end + 1;
	}
	cfg.has_topo = true;
	return 0;
}

static int set(enum key k, char *val)
{
	static const char *const modes[] = { "test", "exec", "shell" };
	static const char *const splats[] = { "fail", "warn", "ignore" };
	static const char *const levels[] = { "error", "warn", "info",
					      "debug" };
	int i, err;

	switch (k) {
	case K_MODE:
		err = word(val, modes, ARRAY_SIZE(modes), &i);
		if (!err)
			cfg.mode = i;
		return err;
	case K_SPLATS:
		err = word(val, splats, ARRAY_SIZE(splats), &i);
		if (!err)
			cfg.splats = i;
		return err;
	case K_LOG:
		return word(val, levels, ARRAY_SIZE(levels), &log_level);
	case K_TIMEOUT:
		return parse_ulong(val, 0, 7 * 24 * 3600, &cfg.timeout);
	case K_ATTACH:
		return parse_ulong(val, 1, 3600, &cfg.attach_timeout);
	case K_ACK:
		return parse_ulong(val, 0, 3600, &cfg.ack_timeout);
	case K_COLS:
		return parse_ulong(val, 1, 65535, &cfg.cols);
	case K_ROWS:
		return parse_ulong(val, 1, 65535, &cfg.rows);
	case K_TERM:
		if (!*val)
			return -EINVAL;
		cfg.term = val;
		return 0;
	case K_TOPO:
		return parse_topo(val);
	case K_SELFTEST:
		if (strcmp(val, "segv"))
			return -EINVAL;
		cfg.selftest = val;
		return 0;
	}
	return -EINVAL;
}

static const char *expected(enum key k)
{
	switch (k) {
	case K_MODE:
		return "test, exec or shell";
	case K_LOG:
		return "error, warn, info or debug";
	case K_SPLATS:
		return "fail, warn or ignore";
	case K_TIMEOUT:
		return "seconds, 0 (no limit) to 604800";
	case K_ATTACH:
		return "seconds, 1 to 3600";
	case K_ACK:
		return "seconds, 0 (no wait) to 3600";
	case K_COLS:
	case K_ROWS:
		return "a number from 1 to 65535";
	case K_TERM:
		return "a terminal name";
	case K_TOPO:
		return "NUMA,LLC,CORE,THREAD, four numbers from 1 to 4096";
	case K_SELFTEST:
		return "segv";
	}
	return "?";
}

static const char *root = "";

void layout_set_root(const char *dir)
{
	root = strcmp(dir, "/") ? dir : "";
}

/* A few rotating buffers: a message may name two paths at once. */
const char *layout(const char *name)
{
	static char bufs[4][PATH_MAX];
	static unsigned int next;
	char *buf = bufs[next++ % ARRAY_SIZE(bufs)];

	scnprintf(buf, PATH_MAX, "%s%s", root, name);
	return buf;
}

int config_parse(char *cmdline, char *err, size_t size)
{
	char *pos = cmdline, *key, *val;

	while ((key = cmdline_next(&pos, &val))) {
		bool known = false;

		for (unsigned int i = 0; i < ARRAY_SIZE(keys);
		     i++) {
			if (strcmp(key, keys[i].name))
				continue;
			known = true;
			if (set(keys[i].key, val)) {
				scnprintf(err, size, "%s=%s: expected %s", key,
					  val, expected(keys[i].key));
				return -EINVAL;
			}
		}
		if (!known && !strncmp(key, "scxinit.", 8)) {
			scnprintf(err, size, "%s: unknown key", key);
			return -EINVAL;
		}
	}
	return 0;
}
