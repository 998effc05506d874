// SPDX-License-Identifier: GPL-2.0-only
/*
 * never_attach - a "scheduler" that stays alive and never attaches.
 *
 * It loads nothing into sched_ext and waits in ppoll() with nothing to
 * poll (arm64 has no pause()) until a signal ends it, so scxinit's
 * attach deadline must fire and kill it.
 */

int main(void)
{
	printf("never_attach: pid %d, not attaching\n", getpid());
	for (;;)
		syscall(__NR_ppoll, NULL, 0, NULL, NULL, 0);
	return 0;
}
