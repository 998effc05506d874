// SPDX-License-Identifier: GPL-2.0-only
/*
 * x86_64 fault reporting: the general registers of the faulting
 * context, read from the ucontext the kernel built on the signal stack.
 */
#include <asm/sigcontext.h>
#include "arch/arch.h"

struct x86_64_ucontext {
	struct arch_ucontext_head head;
	struct sigcontext uc_mcontext;
};

#define UC_REG(reg) offsetof(struct x86_64_ucontext, uc_mcontext.reg)
const unsigned short arch_frame_off[3] = {
	UC_REG(rip), UC_REG(rsp), UC_REG(rbp)
};

/* The general registers after RIP and RSP, in the kernel oops' order. */
#define GPR(reg) offsetof(struct sigcontext, reg)
static const unsigned char gpr_off[] = {
	GPR(rax), GPR(rbx), GPR(rcx), GPR(rdx), GPR(rsi), GPR(rdi), GPR(rbp),
	GPR(r8), GPR(r9), GPR(r10), GPR(r11), GPR(r12), GPR(r13), GPR(r14),
	GPR(r15),
};

static const char gpr_name[][4] = {
	"RAX", "RBX", "RCX", "RDX", "RSI", "RDI", "RBP",
	"R08", "R09", "R10", "R11", "R12", "R13", "R14", "R15",
};

static unsigned long long gpr(const struct sigcontext *r, int i)
{
	return *(const __u64 *)((const char *)r + gpr_off[i]);
}

void arch_dump_regs(const void *uc, void (*emit)(const char *fmt, ...))
{
	const struct x86_64_ucontext *u = uc;
	const struct sigcontext *r = &u->uc_mcontext;

	emit("PANIC: RIP: %016llx RSP: %016llx EFLAGS: %08llx",
	     r->rip, r->rsp, r->eflags);
	for (int i = 0; i < 15; i += 3)
		emit("PANIC: %s: %016llx %s: %016llx %s: %016llx",
		     gpr_name[i], gpr(r, i), gpr_name[i + 1], gpr(r, i + 1),
		     gpr_name[i + 2], gpr(r, i + 2));
	emit("PANIC: TRAPNO: %llu ERR: %llx CR2: %016llx",
	     r->trapno, r->err, r->cr2);
}
