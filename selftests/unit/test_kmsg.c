// SPDX-License-Identifier: GPL-2.0-only
/*
 * Unit tests of lib/kmsg.c: kmsg_next() on records fed through a
 * packet-mode pipe (O_DIRECT), which, like /dev/kmsg, hands out one
 * record a read.
 */
#include "lib/kmsg.h"
#include "unit.h"

static int rd, wr;

static void put(const char *rec)
{
	write(wr, rec, strlen(rec));
}

int main(void)
{
	struct kmsg_rec rec;
	char buf[256];
	int p[2];

	ksft_print_header();
	ksft_set_plan(15);
	if (pipe2(p, O_DIRECT | O_NONBLOCK))
		ksft_exit_fail_msg("pipe2: %d\n", errno);
	rd = p[0];
	wr = p[1];

	put("4,1234,5678901,-;WARNING: CPU: 0 PID: 1 at x\n"
	    " SUBSYSTEM=acpi\n DEVICE=+acpi:x\n");
	is_int(kmsg_next(rd, buf, sizeof(buf), &rec), 1, "a record is read");
	is_int(rec.facility, 0, "priority 4 is the kernel's facility");
	is_int(rec.level, 4, "at KERN_WARNING");
	is_int(rec.usec, 5678901, "the printk time in microseconds");
	is_str(rec.text, "WARNING: CPU: 0 PID: 1 at x",
	       "the text without its newline or dictionary");

	put("12,1235,5679000,-;WARNING: from a writer\n");
	is_int(kmsg_next(rd, buf, sizeof(buf), &rec), 1, "a user record");
	is_int(rec.facility, 1, "priority 12 is the user facility");
	is_int(rec.level, 4, "its level apart");

	put("garbage without a separator\n");
	put("6,1236,42,c;next\n");
	is_int(kmsg_next(rd, buf, sizeof(buf), &rec), 1,
	       "a record without ';' is skipped");
	is_str(rec.text, "next", "the one after it is read");
	is_int(rec.usec, 42, "its time");

	put("6,1237;no time\n");
	is_int(kmsg_next(rd, buf, sizeof(buf), &rec), 1, "a short prefix");
	is_int(rec.usec, 0, "has no time");

	is_int(kmsg_next(rd, buf, sizeof(buf), &rec), 0,
	       "nothing pending: 0");
	close(wr);
	is_int(kmsg_next(rd, buf, sizeof(buf), &rec), 0, "end of file: 0");
	ksft_finished();
}
