/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_LIB_KMSG_H
#define SCXINIT_LIB_KMSG_H

/* One record of /dev/kmsg: "PRI,SEQ,USEC,FLAGS;TEXT\n KEY=VALUE\n...". */
struct kmsg_rec {
	unsigned int facility;	/* 0: the kernel's; writers of /dev/kmsg: 1 */
	unsigned int level;	/* 0 (KERN_EMERG) to 7 (KERN_DEBUG) */
	unsigned long long usec;	/* printk time */
	const char *text;	/* the message, without its newline */
};

/*
 * Read the next record from a /dev/kmsg fd into @buf; 1 with @rec
 * filled, 0 when none is pending (or on an error).  Records the ring
 * buffer overwrote before we read them are skipped.
 */
int kmsg_next(int fd, char *buf, size_t size, struct kmsg_rec *rec);

#endif
