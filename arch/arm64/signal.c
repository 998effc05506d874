// SPDX-License-Identifier: GPL-2.0-only
/*
 * arm64 signal glue.  The kernel would fall back to the vDSO's
 * trampoline, but a static init has no vDSO symbols to rely on, so
 * handlers return through our own rt_sigreturn.
 */
#include <asm/unistd.h>
#include "arch/arch.h"

#define STR(x) #x
#define XSTR(x) STR(x)

__asm__(".text\n"
	".globl arch_sigreturn\n"
	".type arch_sigreturn, %function\n"
	"arch_sigreturn:\n"
	"	mov x8, #" XSTR(__NR_rt_sigreturn) "\n"
	"	svc #0\n"
	"	brk #0\n"
	".size arch_sigreturn, . - arch_sigreturn\n");

/* QEMU virt: the PL011. */
const char *const arch_console = "/dev/ttyAMA0";
