// SPDX-License-Identifier: GPL-2.0-only
/*
 * What a program needs before its first instruction runs: the `#!`
 * line's interpreter or an ELF's PT_INTERP.  Pure: it reads a buffer
 * the caller filled, so it runs the same in the guest and in unit tests.
 */
#include <linux/elf.h>
#include "lib/interp.h"

static int copy_path(char *buf, size_t size, const char *s, size_t n)
{
	while (n && !s[n - 1])
		n--;
	if (!n)
		return -ENOEXEC;
	if (n >= size)
		return -E2BIG;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return 0;
}

static int shebang(const char *head, size_t len, char *buf, size_t size)
{
	size_t i = 2, start;

	while (i < len && (head[i] == ' ' || head[i] == '\t'))
		i++;
	start = i;
	while (i < len && head[i] != ' ' && head[i] != '\t' &&
	       head[i] != '\n' && head[i] != '\0')
		i++;
	/* The line must end within @head, as the kernel's must in 256. */
	if (i == len)
		return -E2BIG;
	return copy_path(buf, size, head + start, i - start);
}

/* Both our architectures run 64-bit little-endian ELF only. */
static int elf_interp(const char *head, size_t len, char *buf, size_t size)
{
	struct elf64_hdr eh;
	struct elf64_phdr ph;

	if (len < sizeof(eh))
		return -E2BIG;
	memcpy(&eh, head, sizeof(eh));
	if (eh.e_ident[EI_CLASS] != ELFCLASS64 ||
	    eh.e_ident[EI_DATA] != ELFDATA2LSB ||
	    (eh.e_phnum && eh.e_phentsize < sizeof(ph)))
		return -ENOEXEC;
	for (unsigned int i = 0; i < eh.e_phnum; i++) {
		unsigned long long off = eh.e_phoff + i * eh.e_phentsize;

		if (off > len || len - off < sizeof(ph))
			return -E2BIG;
		memcpy(&ph, head + off, sizeof(ph));
		if (ph.p_type != PT_INTERP)
			continue;
		if (ph.p_offset > len || ph.p_filesz > len - ph.p_offset)
			return -E2BIG;
		return copy_path(buf, size, head + ph.p_offset, ph.p_filesz);
	}
	return -ENOENT;
}

int exec_interp(const char *head, size_t len, char *buf, size_t size)
{
	if (len >= 2 && head[0] == '#' && head[1] == '!')
		return shebang(head, len, buf, size);
	if (len >= SELFMAG && !memcmp(head, ELFMAG, SELFMAG))
		return elf_interp(head, len, buf, size);
	return -ENOEXEC;
}
