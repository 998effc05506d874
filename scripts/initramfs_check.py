# SPDX-License-Identifier: GPL-2.0-only
"""Will an initramfs of a given size unpack in a VM of a given memory?

scripts/run-vm asks before it boots, so that an archive that cannot fit
is refused on the host with both sizes named, instead of a boot that
ends in initramfs-truncated, an out-of-memory panic or silence.

Pure: no I/O, no state; import it and call initramfs_fits().
"""

MIB = 1 << 20

# Measured with scripts/run-vm on the Debian 7.3.4 cloud kernel
# (x86_64, vmlinux booted through PVH, 2 vCPUs, QEMU 7.2 TCG), payload
# `busybox sh -c 'grep MemTotal /proc/meminfo; df'`, bisecting --mem
# to 2 MiB at four archive sizes (uncompressed newc, one random file):
#
#   archive      fails at           passes at   MemTotal at that pass
#     2.06 MiB    77 MiB no-verdict    79 MiB     33276 kB
#    17.32 MiB   107 MiB kernel-panic 109 MiB     63952 kB
#    78.35 MiB   293 MiB truncated    295 MiB    250032 kB
#   192.79 MiB   642 MiB truncated    644 MiB    600880 kB
#
# Two limits, whichever is higher:
#
# - The rootfs is a tmpfs whose size is half of the memory the kernel
#   manages when it mounts it, and the archive itself is still held
#   then (reserved, freed only after unpacking).  So with R the
#   kernel's own reservation: (mem - R - A) / 2 >= A, mem ~ 3 A + R.
#   Fitted: 3.05 A + 54 MiB (the 0.05 is the kernel's page array,
#   about 1.6% of the memory).  Beyond it: "Initramfs unpacking
#   failed: write error", /init runs without the marker, verdict
#   initramfs-truncated.
# - Small archives: the kernel's boot needs memory besides the archive
#   and its unpacked copy; mem ~ 2 A + 74 MiB.  Beyond it the kernel
#   panics "System is deadlocked on memory" while unpacking, or the
#   boot stops before the console says anything (below ~75 MiB).
#
# The rule adds about 10 MiB to each (3-12%); 8 vCPUs instead of 2 still
# pass at it.  It assumes the unpacked size is about the archive's: a
# tree of many files smaller than a page takes a page each in the
# tmpfs, which the archive size does not show; the guest still says
# initramfs-truncated then.  Other kernels (a bigger --kernel, arm64)
# reserve other amounts: the figures are this kernel's.
ROOTFS_SLOPE = 3.05
ROOTFS_BASE_MIB = 64
BOOT_SLOPE = 2
BOOT_BASE_MIB = 84


def initramfs_need_mib(archive_bytes):
	"""MiB of guest memory an archive of archive_bytes needs, rounded up."""
	a = archive_bytes / MIB
	need = max(ROOTFS_SLOPE * a + ROOTFS_BASE_MIB,
		   BOOT_SLOPE * a + BOOT_BASE_MIB)
	return int(-(-need // 1))


def initramfs_fits(archive_bytes, mem_mib):
	"""None if the archive fits mem_mib MiB of guest memory, else a one
	line refusal naming both sizes and the memory it needs.

	>>> initramfs_fits(80 * MIB, 192)
	'initramfs 80.0 MiB does not fit --mem 192 MiB: needs about 308 MiB'
	>>> initramfs_fits(80 * MIB, 512) is None
	True
	"""
	need = initramfs_need_mib(archive_bytes)
	if mem_mib >= need:
		return None
	return 'initramfs %.1f MiB does not fit --mem %d MiB: needs about ' \
	       '%d MiB' % (archive_bytes / MIB, mem_mib, need)
