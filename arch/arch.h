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

/*
 * The start of the kernel's struct ucontext, the same on every
 * architecture; each arch's signal mask and registers follow it.
 */
struct arch_ucontext_head {
	unsigned long uc_flags;
	void *uc_link;
	struct {
		void *ss_sp;
		int ss_flags;
		unsigned long ss_size;
	} uc_stack;
};

/*
 * Where pc, sp and the frame pointer of a faulting context sit in the
 * ucontext its signal handler gets: byte offsets, in struct arch_frame's
 * order.
 */
extern const unsigned short arch_frame_off[3];
/* The faulting context's registers, one emit() per line. */
void arch_dump_regs(const void *ucontext,
		    void (*emit)(const char *fmt, ...));

/*
 * Hand the exit code to the hypervisor, where the machine has a way to
 * take one (QEMU's isa-debug-exit on x86), just before power-off.
 */
void arch_exit_code(int code);

#endif
