/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_MODULES_H
#define SCXINIT_INIT_MODULES_H

/* Load /modules/ *.ko in name order; a failure ends in bad-input. */
void modules_load(void);

#endif
