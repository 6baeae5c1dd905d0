package interp

import (
	"strings"

	"github.com/miniperl/miniperl/perlio"
)

// The DATA handle. perl's DATA is the script file itself, left open
// after __END__ or __DATA__, so seek(DATA, 0, 0) rewinds to the top of
// the script (the self-reading idiom) and tell counts from there. It is
// a read-only in-memory handle over the source, placed at the data.

// sourceStore is the script's text behind DATA; writes are refused by
// the handle's read-only mode and never reach it.
type sourceStore struct{ src string }

// Load implements perlio's store: the script's text.
func (s sourceStore) Load() string { return s.src }

// Store implements perlio's store; DATA is read-only.
func (sourceStore) Store(string) {}

// dataHandle opens DATA on the program's source at its data section.
func (it *Interp) dataHandle() *perlio.Handle {
	data := *it.prog.data
	src := it.prog.src
	if !strings.HasSuffix(src, data) {
		return perlio.NewReader("DATA", strings.NewReader(data))
	}
	h, err := perlio.OpenMemory(sourceStore{src}, "<")
	if err != nil {
		return perlio.NewReader("DATA", strings.NewReader(data))
	}
	h.Seek(int64(len(src)-len(data)), 0)
	return h
}
