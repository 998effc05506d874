// SPDX-License-Identifier: GPL-2.0-only
/*
 * x86_64 fault reporting: the general registers of the faulting
 * context, read from the ucontext the kernel built on the signal stack.
 */
#include <asm/sigcontext.h>
#include "arch/arch.h"

struct x86_64_ucontext {
	unsigned long uc_flags;
	void *uc_link;
	struct {
		void *ss_sp;
		int ss_flags;
		unsigned long ss_size;
	} uc_stack;
	struct sigcontext uc_mcontext;
};

static const struct sigcontext *regs(const void *uc)
{
	return &((const struct x86_64_ucontext *)uc)->uc_mcontext;
}

void arch_fault_frame(const void *uc, struct arch_frame *f)
{
	const struct sigcontext *r = regs(uc);

	f->pc = r->rip;
	f->sp = r->rsp;
	f->fp = r->rbp;
}

void arch_dump_regs(const void *uc, void (*emit)(const char *fmt, ...))
{
	const struct sigcontext *r = regs(uc);

	emit("PANIC: RIP: %016llx RSP: %016llx EFLAGS: %08llx",
	     r->rip, r->rsp, r->eflags);
	emit("PANIC: RAX: %016llx RBX: %016llx RCX: %016llx",
	     r->rax, r->rbx, r->rcx);
	emit("PANIC: RDX: %016llx RSI: %016llx RDI: %016llx",
	     r->rdx, r->rsi, r->rdi);
	emit("PANIC: RBP: %016llx R08: %016llx R09: %016llx",
	     r->rbp, r->r8, r->r9);
	emit("PANIC: R10: %016llx R11: %016llx R12: %016llx",
	     r->r10, r->r11, r->r12);
	emit("PANIC: R13: %016llx R14: %016llx R15: %016llx",
	     r->r13, r->r14, r->r15);
	emit("PANIC: TRAPNO: %llu ERR: %llx CR2: %016llx",
	     r->trapno, r->err, r->cr2);
}
