// SPDX-License-Identifier: GPL-2.0-only
/*
 * What a program needs before its first instruction runs: the `#!`
 * line's interpreter or an ELF's PT_INTERP.  Pure: it reads a buffer
 * the caller filled, so it runs the same in the guest and in unit tests.
 */
#include "lib/interp.h"

#define PT_INTERP_TYPE 3

/* The @n-byte field at @p, in the ELF's byte order. */
static unsigned long long field(const unsigned char *p, int n, bool msb)
{
	unsigned long long v = 0;

	for (int i = 0; i < n; i++)
		v |= (unsigned long long)p[msb ? n - 1 - i : i] << (8 * i);
	return v;
}

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

static int elf_interp(const unsigned char *h, size_t len, char *buf,
		      size_t size)
{
	bool is64 = h[4] == 2, msb = h[5] == 2;
	unsigned long long phoff, off, filesz;
	unsigned int phentsize, phnum;

	if ((h[4] != 1 && h[4] != 2) || (h[5] != 1 && h[5] != 2))
		return -ENOEXEC;
	if (len < (is64 ? 64 : 52))
		return -E2BIG;
	phoff = field(h + (is64 ? 32 : 28), is64 ? 8 : 4, msb);
	phentsize = field(h + (is64 ? 54 : 42), 2, msb);
	phnum = field(h + (is64 ? 56 : 44), 2, msb);
	if (phentsize < (is64 ? 56U : 32U))
		return phnum ? -ENOEXEC : -ENOENT;
	for (unsigned int i = 0; i < phnum; i++) {
		const unsigned char *ph;

		if (phoff + (i + 1ULL) * phentsize > len)
			return -E2BIG;
		ph = h + phoff + (unsigned long long)i * phentsize;
		if (field(ph, 4, msb) != PT_INTERP_TYPE)
			continue;
		off = field(ph + (is64 ? 8 : 4), is64 ? 8 : 4, msb);
		filesz = field(ph + (is64 ? 32 : 16), is64 ? 8 : 4, msb);
		if (off > len || filesz > len - off)
			return -E2BIG;
		return copy_path(buf, size, (const char *)h + off, filesz);
	}
	return -ENOENT;
}

int exec_interp(const char *head, size_t len, char *buf, size_t size)
{
	if (len >= 2 && head[0] == '#' && head[1] == '!')
		return shebang(head, len, buf, size);
	if (len >= 6 && !memcmp(head, "\177ELF", 4))
		return elf_interp((const unsigned char *)head, len, buf, size);
	return -ENOEXEC;
}
