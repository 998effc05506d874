/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_STOP_H
#define SCXINIT_INIT_STOP_H

/*
 * A stop, asked by the host ("stop" on the control port) or, under
 * another init, by SIGTERM, SIGINT or SIGHUP: every wait ends and the
 * run goes through its normal teardown to the verdict interrupted.
 */
void request_stop(const char *why);
bool stop_requested(void);

#endif
