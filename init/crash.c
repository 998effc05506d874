// SPDX-License-Identifier: GPL-2.0-only
/*
 * If PID 1 faults the kernel panics with "Attempted to kill init" and
 * the host learns nothing about where.  So scxinit catches its own
 * fatal signals on an alternate stack (a stack overflow must still be
 * reportable), prints the registers and a frame-pointer backtrace as
 * PANIC: lines on the control port, then the console, and powers off
 * with init-crash.
 */
#include "arch/arch.h"
#include "init/crash.h"
#include "init/verdict.h"
#include "lib/compiler.h"
#include "lib/fmt.h"
#include "lib/port.h"
#include "lib/syscalls.h"

#define ALTSTACK_SIZE 16384
#define BACKTRACE_DEPTH 16
/* Frames further than this above the faulting sp are not trusted. */
#define STACK_SPAN (1024UL * 1024)

struct ksigaction {
	void (*handler)(int sig, siginfo_t *si, void *uc);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

#define SA_SIGINFO_	0x00000004
#define SA_ONSTACK_	0x08000000
#define SA_RESTORER_	0x04000000

static const int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT };
static char altstack[ALTSTACK_SIZE] __aligned(16);

static void emit(const char *f, ...)
{
	char line[256];
	va_list ap;
	int n;

	va_start(ap, f);
	n = vscnprintf(line, sizeof(line) - 1, f, ap);
	va_end(ap);
	line[n++] = '\n';
	port_write(PORT_CTL, line, n);
	if (port_fd(PORT_CONSOLE) != port_fd(PORT_CTL))
		port_write(PORT_CONSOLE, line, n);
}

static void print_backtrace(const struct arch_frame *f)
{
	unsigned long fp = f->fp;

	emit("PANIC: backtrace:");
	emit("PANIC:  #0 pc %016lx", f->pc);
	for (int i = 1; i < BACKTRACE_DEPTH; i++) {
		const unsigned long *frame = (const unsigned long *)fp;

		if (fp < f->sp || fp - f->sp > STACK_SPAN ||
		    fp & (sizeof(long) - 1) || !frame[1])
			break;
		emit("PANIC:  #%d pc %016lx", i, frame[1]);
		if (frame[0] <= fp)
			break;
		fp = frame[0];
	}
}

static unsigned long uc_word(const void *uc, int i)
{
	return *(const unsigned long *)((const char *)uc + arch_frame_off[i]);
}

static void on_fatal(int sig, siginfo_t *si, void *uc)
{
	struct arch_frame f = {
		.pc = uc_word(uc, 0), .sp = uc_word(uc, 1), .fp = uc_word(uc, 2),
	};

	emit("PANIC: scxinit: fatal signal %d (%s) si_code %d addr %p",
	     sig, sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" :
	     sig == SIGILL ? "SIGILL" : sig == SIGFPE ? "SIGFPE" : "SIGABRT",
	     si->si_code, si->si_addr);
	arch_dump_regs(uc, emit);
	print_backtrace(&f);
	power_off(V_INIT_CRASH, 0);
}

void crash_init(void)
{
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof(altstack) };
	struct ksigaction sa = {
		.handler = on_fatal,
		.flags = SA_SIGINFO_ | SA_ONSTACK_ | SA_RESTORER_,
		.restorer = arch_sigreturn,
	};

	sigaltstack(&ss, NULL);
	for (unsigned int i = 0; i < ARRAY_SIZE(fatal); i++)
		rt_sigaction(fatal[i], &sa, NULL, sizeof(sa.mask));
}
