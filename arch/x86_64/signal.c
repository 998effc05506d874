// SPDX-License-Identifier: GPL-2.0-only
/*
 * x86_64 signal glue: the kernel requires SA_RESTORER here, so every
 * handler returns through this trampoline into rt_sigreturn.
 */
#include <asm/unistd.h>
#include "arch/arch.h"

#define STR(x) #x
#define XSTR(x) STR(x)

__asm__(".text\n"
	".globl arch_sigreturn\n"
	".type arch_sigreturn, @function\n"
	"arch_sigreturn:\n"
	"	mov $" XSTR(__NR_rt_sigreturn) ", %eax\n"
	"	syscall\n"
	"	hlt\n"
	".size arch_sigreturn, . - arch_sigreturn\n");

const char *const arch_console = "/dev/ttyS0";
