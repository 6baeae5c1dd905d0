package interp

import (
	"unsafe"

	"github.com/miniperl/miniperl/perlio"
)

// sysreadScratchMax bounds the scratch buffer a run keeps for sysread;
// larger reads get a buffer of their own.
const sysreadScratchMax = 1 << 20

// sysreadString does one sysread of at most n bytes and returns the data
// as a string. The read goes into the run's scratch buffer, which is kept
// (its pages stay mapped), and only the bytes read are copied out: a
// sysread of 64 KiB that gets a short message allocates the message's
// length, not 64 KiB. (sysreadInPlace avoids even that copy where it can.)
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
