// SPDX-License-Identifier: GPL-2.0-only
/*
 * Kernel modules a distro kernel lacks built in (LKDTM, a test
 * module): run-vm --module packs them as /modules/NN-NAME.ko, and they
 * are loaded in that order before the scheduler starts.  A module that
 * does not load is the user's error: bad-input with the errno and the
 * kernel's last word on it.
 */
#include "init/config.h"
#include "init/log.h"
#include "init/modules.h"
#include "init/verdict.h"
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/kmsg.h"
#include "lib/syscalls.h"

#define MODULES_MAX 32
#define NAME_SIZE 256
#define REC_SIZE 1024

static char names[MODULES_MAX][NAME_SIZE];

/* What the kernel logged since @fd was opened: its word on a failure. */
static void new_kmsg(int fd, char *buf, size_t size)
{
	char rec_buf[REC_SIZE];
	struct kmsg_rec rec;

	buf[0] = '\0';
	while (fd >= 0 && kmsg_next(fd, rec_buf, sizeof(rec_buf), &rec))
		scnprintf(buf, size, "%s", rec.text);
}

static void load(const char *path)
{
	int fd, kmsg, err;
	char why[256];

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		bad_input("%s: %s", path, errname(errno));
	kmsg = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (kmsg >= 0)
		lseek(kmsg, 0, SEEK_END);
	err = finit_module(fd, "", 0) ? errno : 0;
	close(fd);
	if (err) {
		new_kmsg(kmsg, why, sizeof(why));
		bad_input("%s: finit_module: %s%s%s (expected a module for this kernel)",
			  path, errname(err), *why ? "; kernel: " : "", why);
	}
	if (kmsg >= 0)
		close(kmsg);
	pr_info("%s loaded", path);
}

void modules_load(void)
{
	const char *dir = layout("/modules");
	struct dirent e, *r;
	char path[PATH_MAX];
	int n = 0;
	DIR *d;

	d = opendir(dir);
	if (!d)
		return;
	while (!readdir_r(d, &e, &r) && r) {
		if (e.d_name[0] == '.')
			continue;
		if (n == MODULES_MAX)
			bad_input("%s: more than %d modules", dir, MODULES_MAX);
		scnprintf(names[n++], NAME_SIZE, "%s", e.d_name);
	}
	closedir(d);
	/* A handful of names: insertion sort (nolibc has no qsort). */
	for (int i = 1; i < n; i++) {
		char tmp[NAME_SIZE];
		int j = i;

		memcpy(tmp, names[i], NAME_SIZE);
		for (; j > 0 && strcmp(names[j - 1], tmp) > 0; j--)
			memcpy(names[j], names[j - 1], NAME_SIZE);
		memcpy(names[j], tmp, NAME_SIZE);
	}
	for (int i = 0; i < n; i++) {
		scnprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		load(path);
	}
}
