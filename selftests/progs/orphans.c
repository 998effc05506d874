// SPDX-License-Identifier: GPL-2.0-only
/*
 * orphans - fork children that exit at once and leave without waiting.
 *
 * The parent never calls wait(), so every child is reparented to PID 1
 * as a zombie when the parent exits: scxinit must reap them all.
 *
 *   orphans [COUNT]     (default 1000)
 */

#define DEFAULT_COUNT 1000

static void say(const char *s)
{
	write(1, s, strlen(s));
}

int main(int argc, char **argv)
{
	long count = DEFAULT_COUNT;
	long i;

	if (argc > 1)
		count = atol(argv[1]);
	for (i = 0; i < count; i++) {
		pid_t pid = fork();

		if (pid < 0) {
			say("orphans: fork failed\n");
			return 1;
		}
		if (pid == 0)
			_exit(0);
	}
	printf("orphans: forked %ld children, not waiting\n", count);
	return 0;
}
