/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_REQUESTS_H
#define SCXINIT_INIT_REQUESTS_H

/*
 * Lines the host sends on the control port, read in the poll loop from
 * here on; the verdict waits on it for the host's ack.
 */
void requests_init(int fd);

#endif
