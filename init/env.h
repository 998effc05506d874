/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_ENV_H
#define SCXINIT_INIT_ENV_H

/* PATH (with every bin dir under /include-files) and TERM for children. */
void env_init(void);
/* Resolve @name along PATH into @buf; 0 or -errno. */
int path_lookup(const char *name, char *buf, size_t size);
extern char *child_env[];

#endif
