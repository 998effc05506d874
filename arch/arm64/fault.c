// SPDX-License-Identifier: GPL-2.0-only
/*
 * arm64 fault reporting: x0-x30, sp, pc, pstate, the fault address and
 * the ESR record the kernel appends to the signal frame.
 */
#include <asm/sigcontext.h>
#include "arch/arch.h"

struct arm64_ucontext {
	struct arch_ucontext_head head;
	unsigned long uc_sigmask;
	unsigned char unused[1024 / 8 - sizeof(unsigned long)];
	struct sigcontext uc_mcontext;
};

#define UC_REG(reg) offsetof(struct arm64_ucontext, uc_mcontext.reg)
const unsigned short arch_frame_off[3] = {
	UC_REG(pc), UC_REG(sp), UC_REG(regs[29])
};

static unsigned long long esr(const struct sigcontext *r)
{
	const unsigned char *p = r->__reserved;
	const unsigned char *end = p + sizeof(r->__reserved);

	while (p + sizeof(struct _aarch64_ctx) <= end) {
		const struct _aarch64_ctx *h = (const void *)p;

		if (!h->magic || h->size < sizeof(*h))
			break;
		if (h->magic == ESR_MAGIC)
			return ((const struct esr_context *)h)->esr;
		p += h->size;
	}
	return 0;
}

void arch_dump_regs(const void *uc, void (*emit)(const char *fmt, ...))
{
	const struct arm64_ucontext *u = uc;
	const struct sigcontext *r = &u->uc_mcontext;

	emit("PANIC: pc: %016llx sp: %016llx pstate: %08llx",
	     r->pc, r->sp, r->pstate);
	emit("PANIC: far: %016llx esr: %016llx",
	     r->fault_address, esr(r));
	for (int i = 0; i < 30; i += 3)
		emit("PANIC: x%-2d: %016llx x%-2d: %016llx x%-2d: %016llx",
		     i, r->regs[i], i + 1, r->regs[i + 1],
		     i + 2, r->regs[i + 2]);
	emit("PANIC: x30: %016llx", r->regs[30]);
}
