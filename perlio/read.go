package perlio

import (
	"bytes"
	"context"
	"unicode/utf8"

	"golang.org/x/sys/unix"
)

// readable checks that input may be read from the handle now, and brings a
// read-write file's position back from its write buffer first.
func (h *Handle) readable() error {
	if h.closed || !h.canRead {
		return unix.EBADF
	}
	if len(h.wbuf) > 0 && h.seekable {
		// One buffer position for both directions on a seekable
		// file, as in PerlIO: pending output goes out before reading.
		if err := h.FlushContext(context.Background()); err != nil {
			return err
		}
	}
	return nil
}

// maxIdleBuf is the largest read buffer kept once it is empty.
const maxIdleBuf = 1 << 20

// avail is how many bytes are buffered and ready for the script.
func (h *Handle) avail() int { return h.rend - h.rpos }

// Buffered is how many input bytes the handle holds that the descriptor no
// longer shows as readable; a 4-argument select does not see them.
func (h *Handle) Buffered() int {
	if h.closed {
		return 0
	}
	return h.avail()
}

// fill reads more input into the buffer. It returns how many raw bytes
// arrived; 0 with a nil error is end of file. Unconsumed input stays put
// even when fill fails, so a cancelled read loses nothing.
func (h *Handle) fill(ctx context.Context) (int, error) {
	if h.rpos == h.rraw {
		h.rpos, h.rend, h.rraw = 0, 0, 0
		if len(h.rbuf) > maxIdleBuf {
			// A slurp or a huge record grew the buffer; don't keep
			// it for the handle's life.
			h.rbuf = nil
		}
	}
	if len(h.rbuf)-h.rraw < bufSize/4 {
		if h.rpos > 0 {
			n := copy(h.rbuf, h.rbuf[h.rpos:h.rraw])
			h.rend -= h.rpos
			h.rraw = n
			h.rpos = 0
		}
		if len(h.rbuf)-h.rraw < bufSize/4 {
			nb := make([]byte, max(2*len(h.rbuf), bufSize))
			copy(nb, h.rbuf[:h.rraw])
			h.rbuf = nb
		}
	}
	n, err := h.readRaw(ctx, h.rbuf[h.rraw:])
	if err != nil {
		if ctx.Err() == nil {
			h.err = err
		}
		return 0, err
	}
	h.rraw += n
	h.cook(n == 0)
	return n, nil
}

// cook makes raw input ready for the script, applying :crlf ("\r\n" read
// as "\n"). A "\r" at the very end stays raw until the next byte, or end
// of file, shows whether it begins a "\r\n".
func (h *Handle) cook(eof bool) {
	if !h.crlf {
		h.rend = h.rraw
		return
	}
	src, dst := h.rend, h.rend
	for src < h.rraw {
		c := h.rbuf[src]
		if c == '\r' {
			if src+1 < h.rraw {
				if h.rbuf[src+1] == '\n' {
					src++
					c = '\n'
				}
			} else if !eof {
				break
			}
		}
		h.rbuf[dst] = c
		dst++
		src++
	}
	n := copy(h.rbuf[dst:], h.rbuf[src:h.rraw])
	h.rend = dst
	h.rraw = dst + n
}

// take removes n ready bytes from the buffer and returns them as a string.
func (h *Handle) take(n int) string {
	s := string(h.rbuf[h.rpos : h.rpos+n])
	h.rpos += n
	return s
}

// record finishes a successful readline: counts $. and notes that a record
// has been returned since open.
func (h *Handle) record(s string) (string, bool, error) {
	h.lineNo++
	h.gotLine = true
	return s, true, nil
}

// ReadLine is perl's readline (<FH>) in scalar context: the next record as
// $/ = sep defines it. A nil sep is slurp mode ($/ = undef): the rest of the
// input, and "" (once) for an empty file, as perl does. A non-nil empty sep
// is paragraph mode ($/ = ""): records end at a run of blank lines, which
// reads as one "\n\n". Any other sep ends records after that string.
// ok is false at end of input (perl's undef). The last record may lack the
// separator. Each record returned adds one to LineNo.
//
// When ctx is cancelled the call returns ctx.Err() and no input is lost.
// Another error after some data returns the data and keeps the error for
// Err(); with no data it is returned.
func (h *Handle) ReadLine(ctx context.Context, sep []byte) (line string, ok bool, err error) {
	if len(sep) == 1 {
		if line, ok := h.ReadBuffered(sep[0]); ok {
			return line, true, nil
		}
	}
	if err := h.readable(); err != nil {
		return "", false, err
	}
	switch {
	case sep == nil:
		return h.slurp(ctx, true)
	case len(sep) == 0:
		return h.paragraph(ctx)
	}
	return h.readTo(ctx, sep)
}

// ReadLines is readline in list context: all remaining records. Unlike the
// scalar form, slurping an empty file yields no record at all.
func (h *Handle) ReadLines(ctx context.Context, sep []byte) ([]string, error) {
	if err := h.readable(); err != nil {
		return nil, err
	}
	var lines []string
	for {
		var (
			s   string
			ok  bool
			err error
		)
		switch {
		case sep == nil:
			s, ok, err = h.slurp(ctx, false)
		case len(sep) == 0:
			s, ok, err = h.paragraph(ctx)
		default:
			s, ok, err = h.readTo(ctx, sep)
		}
		if ok {
			lines = append(lines, s)
		}
		if err != nil {
			return lines, err
		}
		if !ok {
			return lines, nil
		}
	}
}

// readTo reads through the next occurrence of sep.
func (h *Handle) readTo(ctx context.Context, sep []byte) (string, bool, error) {
	// scan is where the next search starts, relative to rpos since fill
	// may move the buffer; bytes before it cannot begin a match.
	scan := 0
	for {
		if i := bytes.Index(h.rbuf[h.rpos+scan:h.rend], sep); i >= 0 {
			return h.record(h.take(scan + i + len(sep)))
		}
		scan = max(0, h.avail()-len(sep)+1)
		n, err := h.fill(ctx)
		if err != nil {
			return h.partial(ctx, err)
		}
		if n == 0 {
			if h.avail() > 0 {
				return h.record(h.take(h.avail()))
			}
			return "", false, nil
		}
	}
}

// partial ends a read that failed part way. Cancellation leaves the data
// buffered for later; other errors hand over what has arrived.
func (h *Handle) partial(ctx context.Context, err error) (string, bool, error) {
	if ctx.Err() != nil || h.avail() == 0 {
		return "", false, err
	}
	return h.record(h.take(h.avail()))
}

// slurp reads all remaining input. first says a scalar-context read on an
// empty handle gives "" once, before undef, as perl's does.
func (h *Handle) slurp(ctx context.Context, first bool) (string, bool, error) {
	for {
		n, err := h.fill(ctx)
		if err != nil {
			return h.partial(ctx, err)
		}
		if n == 0 {
			break
		}
	}
	if h.avail() == 0 && (h.gotLine || !first) {
		return "", false, nil
	}
	return h.record(h.take(h.avail()))
}

// paragraph reads one paragraph: leading newlines are skipped, the record
// ends with "\n\n", and the newlines after it are skipped too. That last
// skip may wait for more input, as perl's does.
func (h *Handle) paragraph(ctx context.Context) (string, bool, error) {
	more, err := h.skipNewlines(ctx)
	if err != nil {
		return "", false, err
	}
	if !more {
		return "", false, nil
	}
	s, ok, err := h.readTo(ctx, []byte("\n\n"))
	if err != nil || !ok {
		return s, ok, err
	}
	if _, err := h.skipNewlines(ctx); err != nil && ctx.Err() == nil {
		// The record is complete; a read error after it stays on the
		// handle for the next call.
		h.err = err
	}
	return s, true, nil
}

// skipNewlines consumes "\n" bytes and reports whether other input follows.
func (h *Handle) skipNewlines(ctx context.Context) (bool, error) {
	for {
		for h.rpos < h.rend && h.rbuf[h.rpos] == '\n' {
			h.rpos++
		}
		if h.rpos < h.rend {
			return true, nil
		}
		n, err := h.fill(ctx)
		if err != nil {
			return false, err
		}
		if n == 0 && h.avail() == 0 {
			return false, nil
		}
	}
}

// ReadRecord is readline with $/ set to a reference to an integer, \size:
// the next size bytes, fewer only at end of input. ok is false at end of
// input. It counts $. like ReadLine.
func (h *Handle) ReadRecord(ctx context.Context, size int) (string, bool, error) {
	if err := h.readable(); err != nil {
		return "", false, err
	}
	if size <= 0 {
		return "", false, unix.EINVAL
	}
	if err := h.fillTo(ctx, size); err != nil {
		return h.partial(ctx, err)
	}
	if h.avail() == 0 {
		return "", false, nil
	}
	return h.record(h.take(min(size, h.avail())))
}

// fillTo buffers until n bytes are ready or input ends.
func (h *Handle) fillTo(ctx context.Context, n int) error {
	for h.avail() < n {
		got, err := h.fill(ctx)
		if err != nil {
			return err
		}
		if got == 0 {
			return nil
		}
	}
	return nil
}

// Read is perl's read(FH, $buf, n): n bytes through the buffer, waiting
// until they have all arrived; fewer only at end of input, and none (an
// empty slice, nil error) there. A cancelled ctx returns ctx.Err() and
// leaves the input buffered. Another error after some data returns the
// data and records the error.
func (h *Handle) Read(ctx context.Context, n int) ([]byte, error) {
	if err := h.readable(); err != nil {
		return nil, err
	}
	if n <= 0 {
		return []byte{}, nil
	}
	if err := h.fillTo(ctx, n); err != nil && (ctx.Err() != nil || h.avail() == 0) {
		return nil, err
	}
	k := min(n, h.avail())
	p := make([]byte, k)
	copy(p, h.rbuf[h.rpos:h.rpos+k])
	h.rpos += k
	return p, nil
}

// SysRead is perl's sysread: one read system call of at most n bytes,
// bypassing the buffer and layers (data already buffered is not seen, as
// in perl). It waits for data if there is none yet; it returns an empty
// slice at end of input.
func (h *Handle) SysRead(ctx context.Context, n int) ([]byte, error) {
	if h.closed || !h.canRead {
		return nil, unix.EBADF
	}
	if n <= 0 {
		return []byte{}, nil
	}
	p := make([]byte, n)
	got, err := h.readRaw(ctx, p)
	if err != nil {
		return nil, err
	}
	return p[:got], nil
}

// Getc is perl's getc: the next character, which is one byte unless the
// handle has a :utf8 layer, then one UTF-8 sequence. ok is false at end of
// input.
func (h *Handle) Getc(ctx context.Context) (string, bool, error) {
	if err := h.readable(); err != nil {
		return "", false, err
	}
	if err := h.fillTo(ctx, 1); err != nil && (ctx.Err() != nil || h.avail() == 0) {
		return "", false, err
	}
	if h.avail() == 0 {
		return "", false, nil
	}
	n := 1
	if want := seqLen(h.rbuf[h.rpos]); h.utf8 && want > 1 {
		// A multi-byte sequence may straddle reads. Wait only for the
		// bytes its lead byte announces, so a peer that sent one
		// character is not waited on for more; an invalid or truncated
		// sequence still yields its first byte.
		if err := h.fillTo(ctx, want); err != nil && ctx.Err() != nil {
			return "", false, err
		}
		_, n = utf8.DecodeRune(h.rbuf[h.rpos:h.rend])
	}
	return h.take(n), true, nil
}

// EOF is perl's eof(FH): true when no input is left. With nothing buffered
// it reads ahead, so on a socket or terminal it waits for data or end of
// file, as perl does. A closed or write-only handle, a read error and a
// cancelled ctx all report true; ctx.Err() and Err() tell them apart.
func (h *Handle) EOF(ctx context.Context) bool {
	if h.readable() != nil {
		return true
	}
	for h.avail() == 0 {
		n, err := h.fill(ctx)
		if err != nil || n == 0 {
			return h.avail() == 0
		}
	}
	return false
}

// seqLen is the length of the UTF-8 sequence that lead byte b begins, 1 for
// ASCII and for bytes that cannot begin one.
func seqLen(b byte) int {
	switch {
	case b >= 0xC2 && b <= 0xDF:
		return 2
	case b >= 0xE0 && b <= 0xEF:
		return 3
	case b >= 0xF0 && b <= 0xF4:
		return 4
	}
	return 1
}

// SysReadInto is SysRead into the caller's buffer: one read(2) of at most
// len(p) bytes, bypassing the handle's buffer. It returns 0 at end of file.
func (h *Handle) SysReadInto(ctx context.Context, p []byte) (int, error) {
	if h.closed || !h.canRead {
		return 0, unix.EBADF
	}
	if len(p) == 0 {
		return 0, nil
	}
	return h.readRaw(ctx, p)
}
