/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_PAYLOAD_H
#define SCXINIT_INIT_PAYLOAD_H

#include "lib/compiler.h"

#include "init/child.h"

extern struct child payload;

/* Read /args or /exec_cmd; a bad layout ends in bad-input. */
void payload_prepare(void);
/* Start it, wait for it, and return the verdict's ingredients. */
void __noreturn payload_run(void);

#endif
