package perlio

import (
	"io"
	"strings"

	"golang.org/x/sys/unix"
)

// MemStore is the scalar behind an in-memory handle (perl's open(FH, '<',
// \$string)): the handle reads the scalar's current value and writes
// through to it at once, as PerlIO::scalar does.
type MemStore interface {
	// Load returns the scalar's string value.
	Load() string
	// Store replaces it.
	Store(string)
}

// memFile is the position of an in-memory handle in its scalar.
type memFile struct {
	store  MemStore
	pos    int64
	append bool
}

func (m *memFile) Read(p []byte) (int, error) {
	s := m.store.Load()
	if m.pos >= int64(len(s)) {
		return 0, io.EOF
	}
	n := copy(p, s[m.pos:])
	m.pos += int64(n)
	return n, nil
}

func (m *memFile) Write(p []byte) (int, error) {
	s := m.store.Load()
	if m.append {
		m.pos = int64(len(s))
	}
	var b strings.Builder
	if m.pos > int64(len(s)) {
		b.WriteString(s)
		b.WriteString(strings.Repeat("\x00", int(m.pos)-len(s)))
	} else {
		b.WriteString(s[:m.pos])
	}
	b.Write(p)
	if end := m.pos + int64(len(p)); end < int64(len(s)) {
		b.WriteString(s[end:])
	}
	m.store.Store(b.String())
	m.pos += int64(len(p))
	return len(p), nil
}

// OpenMemory opens an in-memory handle on a scalar with mode "<", ">",
// ">>", "+<", "+>" or "+>>" (layers may follow, as for Open). ">" and "+>"
// empty the scalar; ">>" writes at its end.
func OpenMemory(store MemStore, mode string) (*Handle, error) {
	access, layers := splitMode(mode)
	_, rd, wr, ok := openFlags(access)
	if !ok {
		return nil, unix.EINVAL
	}
	m := &memFile{store: store}
	switch access {
	case ">", "+>":
		store.Store("")
	case ">>", "+>>":
		m.append = true
		m.pos = int64(len(store.Load()))
	}
	h := &Handle{name: "SCALAR", fd: -1, mem: m, canRead: rd, canWrite: wr, unbuffered: true}
	if rd {
		h.r = m
	}
	if wr {
		h.w = m
	}
	if layers != "" {
		if err := h.SetBinmode(layers); err != nil {
			return nil, err
		}
	}
	return h, nil
}

// seekMem is Seek on an in-memory handle.
func (h *Handle) seekMem(offset int64, whence int) (int64, error) {
	m := h.mem
	switch whence {
	case io.SeekCurrent:
		offset += m.pos - int64(h.rraw-h.rpos)
	case io.SeekEnd:
		offset += int64(len(m.store.Load()))
	}
	if offset < 0 {
		return -1, unix.EINVAL
	}
	m.pos = offset
	h.rpos, h.rend, h.rraw = 0, 0, 0
	return offset, nil
}

// tellMem is Tell on an in-memory handle.
func (h *Handle) tellMem() int64 {
	return h.mem.pos - int64(h.rraw-h.rpos) + int64(len(h.wbuf))
}

// IsMemory reports whether the handle is an in-memory one (OpenMemory),
// whose fileno perl gives as -1.
func (h *Handle) IsMemory() bool { return h.mem != nil }
