// SPDX-License-Identifier: GPL-2.0-only
/*
 * QEMU's isa-debug-exit device at port 0xf4 ends the VM with status
 * (code << 1) | 1, so a bare qemu command line carries the verdict.
 * Without the device the write goes nowhere.
 */
#include "arch/arch.h"
#include "lib/syscalls.h"

#define DEBUG_EXIT_PORT 0xf4

void arch_exit_code(int code)
{
	if (ioperm(DEBUG_EXIT_PORT, 4, 1))
		return;
	__asm__ volatile("outl %0, %w1" : : "a"(code), "Nd"(DEBUG_EXIT_PORT));
}
