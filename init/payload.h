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

/* PATH (with every bin dir under /include-files) and TERM for children. */
void env_init(void);
/* Resolve @name along PATH into @buf; 0 or -errno. */
int path_lookup(const char *name, char *buf, size_t size);
extern char *child_env[];

#endif
