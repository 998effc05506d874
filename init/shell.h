/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_SHELL_H
#define SCXINIT_INIT_SHELL_H

#include "lib/compiler.h"

/* scxinit.mode=shell: a job-control shell on a PTY behind PORT_OUT. */
void __noreturn shell_run(void);

#endif
