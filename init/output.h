/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_OUTPUT_H
#define SCXINIT_INIT_OUTPUT_H

/*
 * The payload's stdout and stderr.  output_pipe() gives the fd the
 * payload writes to (or -1: keep scxinit's own), output_finish() moves
 * what is left and says on the control port how many bytes went out.
 */
int output_pipe(void);
void output_finish(unsigned long long deadline);

#endif
