/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_ARCH_H
#define SCXINIT_ARCH_H

/* What init/ needs from an architecture, and nothing more. */

/* The serial port the kernel's console is on. */
extern const char *const arch_console;

/* rt_sigreturn trampoline for SA_RESTORER. */
void arch_sigreturn(void);

struct arch_frame {
	unsigned long pc;
	unsigned long sp;
	unsigned long fp;
};

/* Registers of a faulting context, from the handler's ucontext. */
void arch_fault_frame(const void *ucontext, struct arch_frame *f);
void arch_dump_regs(const void *ucontext,
		    void (*emit)(const char *fmt, ...));

/*
 * Hand the exit code to the hypervisor, where the machine has a way to
 * take one (QEMU's isa-debug-exit on x86), just before power-off.
 */
void arch_exit_code(int code);

#endif
