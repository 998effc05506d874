/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_LIB_PORT_H
#define SCXINIT_LIB_PORT_H

#include "lib/compiler.h"

/*
 * Where scxinit's bytes go.  The console is the kernel's serial console
 * (diagnostics, bulk logs); CTL carries only scxinit's own control
 * lines, both ways; OUT only the payload's bytes.  CTL and OUT are
 * separate devices so that nothing the payload writes can be read as
 * control.  Until a port is opened its output goes to fd 2, the
 * kernel's initial console.
 */
enum port_id { PORT_CONSOLE, PORT_CTL, PORT_OUT, NR_PORTS };

int port_open(enum port_id id, const char *path);
int port_open_vport(enum port_id id, const char *name, int flags);
int port_fd(enum port_id id);
void port_set_fd(enum port_id id, int fd);
int port_write(enum port_id id, const void *buf, size_t len);
int port_printf(enum port_id id, const char *fmt, ...)
	__printf(2, 3);
int port_vprintf(enum port_id id, const char *fmt, va_list ap);
void port_drain(void);

int write_all(int fd, const void *buf, size_t len);

#endif
