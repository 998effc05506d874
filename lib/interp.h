/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_LIB_INTERP_H
#define SCXINIT_LIB_INTERP_H

/*
 * The interpreter an execve() of a file needs, read from the file's
 * first @len bytes in @head: the program of its `#!` line, or the
 * PT_INTERP path of a 64-bit little-endian ELF.  Copies it NUL-terminated
 * into @buf.  Returns 0; -ENOENT for an ELF that needs none (static);
 * -ENOEXEC for neither, another ELF class or byte order, a bad header or
 * an empty `#!`; -E2BIG when the path is not within @head or does not
 * fit in @size.
 */
int exec_interp(const char *head, size_t len, char *buf, size_t size);

#endif
