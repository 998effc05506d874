/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_LIB_PORT_H
#define SCXINIT_LIB_PORT_H

#include "lib/compiler.h"

/*
 * The two serial ports.  COM1 carries the kernel console and bulk logs,
 * COM2 the control lines and the payload's output.  Until a port is
 * opened its output goes to fd 2, the kernel's initial console.
 */
enum port_id { COM1, COM2, NR_PORTS };

int port_open(enum port_id id, const char *path);
int port_fd(enum port_id id);
void port_set_fd(enum port_id id, int fd);
int port_write(enum port_id id, const void *buf, size_t len);
int port_printf(enum port_id id, const char *fmt, ...)
	__printf(2, 3);
int port_vprintf(enum port_id id, const char *fmt, va_list ap);
void port_drain(void);

int write_all(int fd, const void *buf, size_t len);

#endif
