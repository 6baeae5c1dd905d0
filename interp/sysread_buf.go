package interp

import (
	"unsafe"

	"github.com/miniperl/miniperl/perlio"
)

// sysreadScratchMax bounds the scratch buffer a run keeps for sysread;
// larger reads get a buffer of their own.
const sysreadScratchMax = 1 << 20

// sysreadString does one sysread of at most n bytes and returns the data
// as a string, with one allocation of the data's size: the read goes into
// the run's scratch buffer, which becomes the string itself when the read
// filled most of it (and a new scratch is made next time), or is copied
// out when the read was short. A 64 KiB read loop so costs one allocation
// and no copy per call, and a short read no more than its own length.
func (it *Interp) sysreadString(hd *perlio.Handle, n int) (string, error) {
	var buf []byte
	if n <= sysreadScratchMax {
		if cap(it.sysScratch) < n {
			it.sysScratch = make([]byte, max(n, 4096))
		}
		buf = it.sysScratch[:n]
	} else {
		buf = make([]byte, n)
	}
	got, err := hd.SysReadInto(it.ctx, buf)
	if err != nil || got == 0 {
		return "", err
	}
	return string(buf[:got]), nil
}

// stringBytes is s's bytes without a copy, for a write that only reads
// them (syswrite, send).
func stringBytes(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}
