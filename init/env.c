// SPDX-License-Identifier: GPL-2.0-only
/*
 * The environment every child starts with: PATH with each bin directory
 * under /include-files first, then the system's; HOME; TERM from the
 * command line.
 */
#include "init/config.h"
#include "init/env.h"
#include "lib/fmt.h"

#define PATH_SIZE 2048
#define INCLUDE_DEPTH 4

static char path_env[PATH_SIZE] = "PATH=";
static char term_env[64];
char *child_env[] = { path_env, "HOME=/root", term_env, NULL };

static const char *const system_path =
	"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/* Every bin directory under /include-files joins PATH, first found first. */
static void add_bins(const char *dir, int depth)
{
	char ents[4096], sub[PATH_MAX];
	int fd, n;

	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return;
	while ((n = getdents64(fd, (void *)ents, sizeof(ents))) > 0) {
		for (int off = 0; off < n;) {
			struct linux_dirent64 *d = (void *)(ents + off);
			size_t len = strlen(path_env);

			off += d->d_reclen;
			if (d->d_name[0] == '.' || d->d_type != DT_DIR)
				continue;
			scnprintf(sub, sizeof(sub), "%s/%s", dir, d->d_name);
			if (!strcmp(d->d_name, "bin"))
				scnprintf(path_env + len,
					  sizeof(path_env) - len, "%s:", sub);
			else if (depth < INCLUDE_DEPTH)
				add_bins(sub, depth + 1);
		}
	}
	close(fd);
}

void env_init(void)
{
	size_t len;

	add_bins(layout("/include-files"), 0);
	len = strlen(path_env);
	scnprintf(path_env + len, sizeof(path_env) - len, "%s", system_path);
	scnprintf(term_env, sizeof(term_env), "TERM=%s", cfg.term);
}

int path_lookup(const char *name, char *buf, size_t size)
{
	const char *p = path_env + 5;

	if (strchr(name, '/')) {
		scnprintf(buf, size, "%s", name);
		return access(buf, X_OK) ? -errno : 0;
	}
	while (*p) {
		const char *end = strchr(p, ':');
		int len = end ? end - p : (int)strlen(p);

		scnprintf(buf, size, "%.*s/%s", len, p, name);
		if (!access(buf, X_OK))
			return 0;
		p += len + (end ? 1 : 0);
	}
	return -ENOENT;
}
