package value

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// adviseHuge asks the kernel to back a large buffer with transparent
// huge pages (where THP is in "madvise" mode). A string of tens of
// megabytes built by .= or x is otherwise faulted in 4 KiB at a time as
// it is first written, and on virtual machines each fault costs
// microseconds: the faults, not the copying, were most of the cost of
// growing such a string. It is only a hint; failure changes nothing.
func adviseHuge(b []byte) {
	if cap(b) < hugePageMin {
		return
	}
	b = b[:cap(b)]
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo := int((4096 - p%4096) % 4096)
	hi := lo + (len(b)-lo)&^4095
	_ = unix.Madvise(b[lo:hi], unix.MADV_HUGEPAGE)
}
