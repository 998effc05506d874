/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_REQUESTS_H
#define SCXINIT_INIT_REQUESTS_H

/* Lines the host sends on the control port, read in the poll loop. */
void requests_init(int fd);
/* Wait until the host says it has every byte, or the deadline. */
bool requests_wait_ack(unsigned long long deadline);
/*
 * A stop, asked by the host ("stop") or, under another init, by
 * SIGTERM, SIGINT or SIGHUP: the run ends in a normal teardown with the
 * verdict interrupted.
 */
void request_stop(const char *why);
bool stop_requested(void);

#endif
