# SPDX-License-Identifier: GPL-2.0-only
#
# scxinit: a nolibc PID 1 for sched_ext test VMs.
#
#   make                         x86_64 build into build/x86_64/
#   make ARCH=arm64              (CROSS_COMPILE=aarch64-linux-gnu- on x86_64)
#   make O=DIR                   put objects and the binary in DIR
#   make check                   host unit tests of lib/ (kselftest.h) and the
#                                README's verdict table against
#                                init/verdicts.h
#
# Inside a kernel tree (tools/testing/selftests/sched_ext/scxinit) the
# tree's own tools/include/nolibc is used; elsewhere the linux-source
# tree that scripts/setup unpacked into the cache.

ARCH ?= x86_64
override ARCH := $(patsubst x86,x86_64,$(ARCH))
SRCARCH := $(ARCH)
# arm64 from another host: Debian's cross compiler unless told otherwise.
ifeq ($(ARCH)-$(shell uname -m),arm64-x86_64)
CROSS_COMPILE ?= aarch64-linux-gnu-
endif
CROSS_COMPILE ?=
CC := $(CROSS_COMPILE)gcc
STRIP := $(CROSS_COMPILE)strip

SCXINIT_CACHE ?= $(HOME)/.cache/scxinit
INTREE_KSRC := $(abspath $(CURDIR)/../../../../..)
ifneq ($(wildcard $(INTREE_KSRC)/tools/include/nolibc/nolibc.h),)
KSRC ?= $(INTREE_KSRC)
else
KSRC ?= $(SCXINIT_CACHE)/linux
endif
NOLIBC := $(KSRC)/tools/include/nolibc

# In a kernel tree this directory is also a kselftest one: `make
# run_tests` runs scripts/ksft-sched-ext (settings: its timeout).
# kselftest's make passes O= (the kernel's objtree, often empty) and
# OUTPUT=: build under OUTPUT instead. lib.mk goes first so that
# nolibc.mk's flags below replace its CFLAGS.
ifneq ($(wildcard ../../lib.mk),)
TEST_PROGS := scripts/ksft-sched-ext
# Out of the source tree (make O=DIR kselftest) kselftest runs
# TEST_PROGS from OUTPUT with their directory: TEST_INCLUDES puts the
# script there.
TEST_INCLUDES := $(TEST_PROGS)
OVERRIDE_TARGETS := 1
EXTRA_CLEAN = $(O)
export SCXINIT_TOP := $(CURDIR)
export SCXINIT_INIT = $(O)/scxinit
ifeq ($(origin OUTPUT),command line)
# kselftest's O= is the kernel's objtree, where ksft-sched-ext looks for
# the built kernel.
export SCXINIT_KOBJ := $(O)
override O := $(OUTPUT)/build/$(ARCH)
endif
include ../../lib.mk
KSELFTEST := 1
endif

O ?= build/$(ARCH)
override O := $(abspath $(O))
SYSROOT := $(O)/sysroot

# Collect obj-y from each directory's Kbuild, kernel style.
include Kbuild
define collect
obj-y :=
include $(1)/Kbuild
OBJS += $$(addprefix $(O)/$(1)/,$$(obj-y))
endef
OBJS :=
$(foreach d,$(subdir-y),$(eval $(call collect,$(d))))

TOP := $(CURDIR)
include nolibc.mk

.PHONY: all clean check sysroot
all: $(O)/scxinit

$(O)/scxinit: $(OBJS)
	@echo "  LD      $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@.unstripped $^ -lgcc
	$(Q)$(STRIP) -s -R .comment -o $@ $@.unstripped

$(O)/%.o: %.c $(SYSROOT)/.stamp $(wildcard */*.h)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS) -c -o $@ $<

# nolibc plus the UAPI headers, installed once per output directory.
# headers_standalone stages them in the kernel tree's own usr/include:
# two builds at once (two arches, two checkouts) would clobber each
# other's files there, so they take turns on the nolibc directory. A
# tree kept clean for out-of-tree kernel builds (the kernel's Makefile
# refuses O= once it has generated headers) stages them in an objtree
# of our own instead. Without the srctree a kernel's make exports (".."
# for an O= right under the tree, relative to the objtree): nolibc then
# finds the tree from its own directory.
KSRCARCH := $(patsubst x86_64,x86,$(ARCH))
ifneq ($(wildcard $(KSRC)/.config $(KSRC)/include/config $(KSRC)/arch/$(KSRCARCH)/include/generated),)
HDR_O :=
else
HDR_O := $(SYSROOT)/kobj
endif
sysroot: $(SYSROOT)/.stamp
$(SYSROOT)/.stamp: $(NOLIBC)/nolibc.h
	@test -f $< || { echo "nolibc not found at $(NOLIBC): run scripts/setup or set KSRC" >&2; exit 1; }
	@mkdir -p $(SYSROOT) $(HDR_O)
	@echo "  SYSROOT $(SYSROOT)"
	$(Q)env -u srctree flock $(NOLIBC) $(MAKE) -s -C $(NOLIBC) headers_standalone ARCH=$(KSRCARCH) O=$(HDR_O) OUTPUT=$(SYSROOT)/
	@touch $@

check:
	$(MAKE) -C selftests/unit O=$(O)/unit KSRC=$(KSRC)
	python3 scripts/verdicts.py --check README

ifeq ($(KSELFTEST),)
clean:
	rm -rf $(O)
endif
