# SPDX-License-Identifier: GPL-2.0-only
#
# How scxinit code is compiled: static, no libc, the kernel's nolibc
# from $(SYSROOT).  Included by the top Makefile and by the selftests'
# Makefiles, so the code under test is built exactly like scxinit.
# Needs SYSROOT and TOP set before inclusion.

# The kernel's attribute spellings, which nolibc does not define.
ATTRS := '-D__noreturn=__attribute__((__noreturn__))' \
	 '-D__printf(a,b)=__attribute__((__format__(printf,a,b)))' \
	 '-D__aligned(x)=__attribute__((__aligned__(x)))'

CFLAGS := -Os -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter \
	  -static -nostdlib -nostdinc -fno-stack-protector -fno-builtin \
	  -fno-omit-frame-pointer -fno-asynchronous-unwind-tables \
	  -ffunction-sections -fdata-sections \
	  -isystem $(SYSROOT)/sysroot/include -include nolibc.h -I$(TOP) \
	  $(ATTRS)
# x86_64's ld puts code in pages of its own by default (separate-code):
# the read-only data around it then pad the file to page boundaries,
# 4 KiB of 36 KiB here, and each new line of code risks another page.
LDFLAGS := -static -nostdlib -Wl,--gc-sections -Wl,-z,max-page-size=4096 \
	   -Wl,--build-id=none -Wl,-z,noexecstack -Wl,-z,noseparate-code
# RELRO buys nothing in a static nolibc binary (nothing mprotects it);
# on arm64 its page alignment alone costs 3.6 KiB of file padding.  On
# x86_64 the same flag makes the file larger, so it stays arm64's.
ifeq ($(ARCH),arm64)
LDFLAGS += -Wl,-z,norelro
endif

ifeq ($(V),1)
Q :=
else
Q := @
endif
