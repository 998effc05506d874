// SPDX-License-Identifier: GPL-2.0-only
/*
 * The pseudo filesystems a scheduler test needs.  A failure is named
 * and counted but is not fatal by itself: a payload that never touches
 * bpffs should still run.  A mount point that is already mounted (scxinit
 * under another init, e.g. virtme-ng) is left alone.
 */
#include <sys/mount.h>
#include "init/log.h"
#include "init/mounts.h"
#include "lib/fmt.h"

static const struct {
	const char *type;
	const char *dir;
	unsigned long flags;
	const char *data;
} mounts[] = {
	{ "proc", "/proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL },
	{ "sysfs", "/sys", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL },
	{ "devtmpfs", "/dev", MS_NOSUID, "mode=0755" },
	{ "devpts", "/dev/pts", MS_NOSUID | MS_NOEXEC,
	  "gid=5,mode=0620,ptmxmode=0666" },
	{ "tmpfs", "/tmp", MS_NOSUID | MS_NODEV, "mode=1777" },
	{ "tmpfs", "/run", MS_NOSUID | MS_NODEV, "mode=0755" },
	{ "cgroup2", "/sys/fs/cgroup", MS_NOSUID | MS_NODEV | MS_NOEXEC,
	  NULL },
	{ "bpf", "/sys/fs/bpf", MS_NOSUID | MS_NODEV | MS_NOEXEC,
	  "mode=0700" },
	{ "debugfs", "/sys/kernel/debug", MS_NOSUID | MS_NODEV | MS_NOEXEC,
	  NULL },
	{ "tracefs", "/sys/kernel/tracing", MS_NOSUID | MS_NODEV | MS_NOEXEC,
	  NULL },
};

/* Already a mount point: left as the host's init made it. */
static bool mounted(const char *dir)
{
	char parent[64];
	struct stat a, b;
	char *slash;

	scnprintf(parent, sizeof(parent), "%s", dir);
	slash = strrchr(parent, '/');
	if (!slash)
		return false;
	slash[slash == parent] = '\0';
	return !stat(dir, &a) && !stat(parent, &b) && a.st_dev != b.st_dev;
}

int mount_all(void)
{
	int failed = 0;

	for (unsigned int i = 0; i < ARRAY_SIZE(mounts);
	     i++) {
		if (mounted(mounts[i].dir))
			continue;
		mkdir(mounts[i].dir, 0755);
		if (!mount(mounts[i].type, mounts[i].dir, mounts[i].type,
			   mounts[i].flags, mounts[i].data))
			continue;
		if (errno == EBUSY)
			continue;
		pr_err("mount %s on %s: %s", mounts[i].type, mounts[i].dir,
		       errname(errno));
		failed++;
	}
	return failed;
}
