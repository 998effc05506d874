// SPDX-License-Identifier: GPL-2.0-only
/*
 * scxinit: PID 1 for throw-away sched_ext test VMs.
 *
 * Mount, check the initramfs arrived whole, read the command line and
 * the payload, bring up the scheduler under test, run the payload beside
 * it, tear down in a bounded order and power off with one verdict.
 */
#include <linux/sched.h>
#include "arch/arch.h"
#include "init/child.h"
#include "init/command.h"
#include "init/config.h"
#include "init/crash.h"
#include "init/env.h"
#include "init/guard.h"
#include "init/health.h"
#include "init/log.h"
#include "init/modules.h"
#include "init/mounts.h"
#include "init/payload.h"
#include "init/requests.h"
#include "init/sched.h"
#include "init/shell.h"
#include "init/verdict.h"
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/parse.h"
#include "lib/syscalls.h"

#define KLOG_SIZE (256 * 1024)
#define SYSLOG_ACTION_READ_ALL 3

static char cmdline[4096];

/*
 * The host names its two virtio ports; see lib/port.h for what each
 * carries.  Without them (a kernel without CONFIG_VIRTIO_CONSOLE, a
 * QEMU started by hand) everything goes to the console, where a human
 * can still read it.
 */
static void open_ports(void)
{
	int err;

	/* Under another init, stdout is the control channel. */
	if (!is_pid1) {
		port_set_fd(PORT_CTL, 1);
		return;
	}

	err = port_open(PORT_CONSOLE, arch_console);
	if (err)
		pr_err("%s: %s", arch_console, errname(-err));
	port_set_fd(PORT_CTL, port_fd(PORT_CONSOLE));
	port_set_fd(PORT_OUT, port_fd(PORT_CONSOLE));
	err = port_open_vport(PORT_CTL, "scxinit.ctl", 0);
	if (err) {
		pr_err("virtio port scxinit.ctl: %s; control lines go to %s (the kernel needs CONFIG_VIRTIO_CONSOLE=y)",
		       errname(-err), arch_console);
		return;
	}
	requests_init(port_fd(PORT_CTL));
	err = port_open_vport(PORT_OUT, "scxinit.out", 0);
	if (err)
		pr_err("virtio port scxinit.out: %s; payload output goes to %s",
		       errname(-err), arch_console);
}

/*
 * What the kernel prints when it stops unpacking the initramfs
 * (init/initramfs.c): "write error" when its rootfs, a tmpfs of half
 * the memory, is full.  Kernels with CONFIG_BLK_DEV_RAM=y say it the
 * second way, at KERN_INFO, so it is read from the log buffer and
 * not from the console.
 */
static const char *const unpack_errors[] = {
	"Initramfs unpacking failed: ",
	"rootfs image is not initramfs (",
};

/*
 * The archive did not arrive whole: /init is unpacked first and
 * /.scxinit_ok last (scripts/mkinitramfs), so we run and the marker is
 * missing.  The kernel's own message is the reason; the whole log goes
 * to the console for the rest.
 */
static void __noreturn initramfs_truncated(void)
{
	static char klog[KLOG_SIZE];
	const char *msg = NULL, *why = "the archive is damaged";
	int n, len = 0;

	n = klogctl(SYSLOG_ACTION_READ_ALL, klog, sizeof(klog) - 1);
	if (n > 0) {
		klog[n] = '\0';
		port_write(PORT_CONSOLE, klog, n);
		for (unsigned int i = 0; !msg && i < ARRAY_SIZE(unpack_errors);
		     i++)
			msg = find_line(klog, unpack_errors[i], &len);
	}
	if (!msg) {
		msg = "the kernel reported no unpacking error";
		why = "an archive built without the marker, or cut short";
	} else {
		/* The log is sent already: end the message at its line. */
		klog[msg - klog + len] = '\0';
		if (strstr(msg, "write error"))
			why = "the kernel's rootfs filled up: give the VM more memory";
	}
	ctl("SCXINIT_FATAL: initramfs truncated: %s; /.scxinit_ok missing (%s)",
	    msg, why);
	power_off(V_INITRAMFS_TRUNCATED, 0);
}

static void read_cmdline(void)
{
	char err[256];
	ssize_t n;

	n = read_file("/proc/cmdline", cmdline, sizeof(cmdline));
	if (n < 0) {
		pr_err("/proc/cmdline: %s; using defaults", errname(-n));
		return;
	}
	if (config_parse(cmdline, err, sizeof(err)))
		bad_input("kernel command line: %s", err);
}

/* scxinit.topo says what the host meant to build; check it is so. */
static void check_topo(void)
{
	unsigned long want;
	char online[256];
	int have;

	if (!cfg.has_topo)
		return;
	want = cfg.topo[0] * cfg.topo[1] * cfg.topo[2] * cfg.topo[3];
	if (read_file("/sys/devices/system/cpu/online", online,
		      sizeof(online)) < 0)
		return;
	have = cpulist_count(online);
	if (have >= 0 && (unsigned long)have != want)
		bad_input("scxinit.topo=%lu,%lu,%lu,%lu: expected %lu CPUs, %d online",
			  cfg.topo[0], cfg.topo[1], cfg.topo[2], cfg.topo[3],
			  want, have);
}

static void selftest_fault(void)
{
	int *p = NULL;

	if (!cfg.selftest || strcmp(cfg.selftest, "segv"))
		return;
	/* Hide the NULL from the optimizer, or it drops the store. */
	__asm__ volatile("" : "+r"(p));
	*p = 1;
}

/*
 * The scheduler under test must not be able to starve the process that
 * watches it: real-time priority puts scxinit above sched_ext (and
 * CFS), so a stalled or ejected BPF scheduler cannot delay its report.
 * One above sched_set_fifo()'s MAX_RT_PRIO / 2: the kernel's sched_ext
 * helper kthreads run enable and disable there, and an ejection's
 * report would otherwise wait behind the disable work it set off.
 * SCHED_RESET_ON_FORK: the payload and the scheduler start as ordinary
 * tasks.
 */
static void above_sched_ext(void)
{
	struct sched_param prio = { .sched_priority = 51 };

	if (sched_setscheduler(0, SCHED_FIFO | SCHED_RESET_ON_FORK, &prio))
		pr_warn("sched_setscheduler(SCHED_FIFO): %s", errname(errno));
}

int main(int argc, char **argv)
{
	is_pid1 = getpid() == 1;
	above_sched_ext();
	crash_init();
	children_init();
	mount_all();
	open_ports();
	ctl("SCXINIT_INIT_STARTED");
	ctl_phase("init_started", now_ns());
	/*
	 * Before the marker check: a truncated archive's verdict waits for
	 * the host's ack like any other (scxinit.ack_timeout), or power-off
	 * can overtake the lines still queued on the control port.
	 */
	read_cmdline();
	if (is_pid1 && !exists("/.scxinit_ok") && !exists("/.ktstr_init_ok"))
		initramfs_truncated();
	if (!is_pid1)
		command_parse(argc, argv);
	check_topo();
	health_init();
	guard_start();
	selftest_fault();
	env_init();
	modules_load();
	if (cfg.mode == MODE_SHELL)
		shell_run();
	payload_prepare();
	sched_start();
	payload_run();
}
