/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_REQUESTS_H
#define SCXINIT_INIT_REQUESTS_H

/* Lines the host sends on the control port, read in the poll loop. */
void requests_init(int fd);
/* Wait until the host says it has every byte, or the deadline. */
bool requests_wait_ack(unsigned long long deadline);

#endif
