package perlio

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/sys/unix"
)

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestOpenModes(t *testing.T) {
	ctx := testCtx(t)
	path := filepath.Join(t.TempDir(), "f.txt")

	w, err := Open(path, ">")
	if err != nil {
		t.Fatal(err)
	}
	w.WriteString(ctx, "one\ntwo\n")
	if w.CanRead() {
		t.Error("'>' handle is readable")
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path); got != "one\ntwo\n" {
		t.Fatalf("after '>': %q", got)
	}

	a, _ := Open(path, ">>")
	a.WriteString(ctx, "three\n")
	a.Close()
	if got := readFile(t, path); got != "one\ntwo\nthree\n" {
		t.Fatalf("after '>>': %q", got)
	}

	r, _ := Open(path, "<")
	if l, _, _ := r.ReadLine(ctx, []byte("\n")); l != "one\n" {
		t.Fatalf("'<' read %q", l)
	}
	if err := r.WriteString(ctx, "x"); err != unix.EBADF {
		t.Fatalf("print on '<' handle: %v", err)
	}
	r.Close()

	// '+<': read a line, then write over what follows it.
	rw, _ := Open(path, "+<")
	if l, _, _ := rw.ReadLine(ctx, []byte("\n")); l != "one\n" {
		t.Fatalf("'+<' read %q", l)
	}
	if pos, _ := rw.Tell(); pos != 4 {
		t.Fatalf("tell after one line: %d", pos)
	}
	rw.WriteString(ctx, "TWO\n")
	if l, _, _ := rw.ReadLine(ctx, []byte("\n")); l != "three\n" {
		t.Fatalf("'+<' read after write %q", l)
	}
	rw.Close()
	if got := readFile(t, path); got != "one\nTWO\nthree\n" {
		t.Fatalf("after '+<': %q", got)
	}

	// '+>' truncates, then reads back after a seek.
	tr, _ := Open(path, "+>")
	tr.WriteString(ctx, "fresh\n")
	if _, err := tr.Seek(0, 0); err != nil {
		t.Fatal(err)
	}
	if l, _, _ := tr.ReadLine(ctx, []byte("\n")); l != "fresh\n" {
		t.Fatalf("'+>' read back %q", l)
	}
	tr.Close()

	// '+>>' reads from the start and appends.
	ap, _ := Open(path, "+>>")
	ap.Seek(0, 0)
	if l, _, _ := ap.ReadLine(ctx, []byte("\n")); l != "fresh\n" {
		t.Fatalf("'+>>' read %q", l)
	}
	ap.WriteString(ctx, "more\n")
	ap.Close()
	if got := readFile(t, path); got != "fresh\nmore\n" {
		t.Fatalf("after '+>>': %q", got)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(filepath.Join(dir, "missing"), "<")
	if e, _ := ErrnoOf(err); ErrnoText(e) != "No such file or directory" {
		t.Errorf("missing file: %v", err)
	}
	_, err = Open(dir, ">")
	if e, _ := ErrnoOf(err); ErrnoText(e) != "Is a directory" {
		t.Errorf("directory for writing: %v", err)
	}
	if _, err := Open("x", "|-"); !errors.Is(err, ErrPipeOpen) {
		t.Errorf("pipe mode: %v", err)
	}
	if _, err := Open("x", "<>"); err == nil {
		t.Errorf("bad mode accepted")
	}
	var le *LayerError
	if _, err := Open(filepath.Join(dir, "l"), ">:frobnicate"); !errors.As(err, &le) {
		t.Errorf("unknown layer: %v", err)
	}
}

func TestOpenWithLayers(t *testing.T) {
	ctx := testCtx(t)
	path := filepath.Join(t.TempDir(), "crlf.txt")
	h, err := Open(path, ">:crlf")
	if err != nil {
		t.Fatal(err)
	}
	h.WriteString(ctx, "a\nb\n")
	h.Close()
	if got := readFile(t, path); got != "a\r\nb\r\n" {
		t.Fatalf("%q", got)
	}
	r, err := Open(path, "< :encoding(UTF-8)")
	if err != nil {
		t.Fatal(err)
	}
	if !r.UTF8() || r.CRLF() {
		t.Fatalf("layers %v", r.Layers())
	}
	r.Close()
}

func TestParseOpenSpec(t *testing.T) {
	for _, c := range []struct{ spec, mode, path string }{
		{"file", "<", "file"},
		{"<file", "<", "file"},
		{"< file ", "<", "file"},
		{">file", ">", "file"},
		{" >> log.txt", ">>", "log.txt"},
		{"+<data", "+<", "data"},
		{"+>data", "+>", "data"},
		{"+>>data", "+>>", "data"},
		{">&STDERR", ">&", "STDERR"},
		{">&=2", ">&=", "2"},
		{"-", "<", "-"},
		{">-", ">", "-"},
	} {
		mode, path, err := ParseOpenSpec(c.spec)
		if err != nil || mode != c.mode || path != c.path {
			t.Errorf("ParseOpenSpec(%q) = %q, %q, %v; want %q, %q", c.spec, mode, path, err, c.mode, c.path)
		}
	}
	for _, spec := range []string{"|cat", "ls -l |", " | sort"} {
		if _, _, err := ParseOpenSpec(spec); !errors.Is(err, ErrPipeOpen) {
			t.Errorf("ParseOpenSpec(%q): %v, want ErrPipeOpen", spec, err)
		}
	}
	if _, _, err := ParseOpenSpec(">"); err == nil {
		t.Errorf("empty file name accepted")
	}
}

func TestDup(t *testing.T) {
	ctx := testCtx(t)
	path := filepath.Join(t.TempDir(), "dup.txt")
	h, _ := Open(path, ">")
	d, err := h.Dup()
	if err != nil {
		t.Fatal(err)
	}
	if d.Fd() == h.Fd() || d.Fd() < 0 {
		t.Fatalf("dup fd %d, original %d", d.Fd(), h.Fd())
	}
	h.WriteString(ctx, "first\n")
	h.Close()
	d.WriteString(ctx, "second\n")
	d.Close()
	if got := readFile(t, path); got != "first\nsecond\n" {
		t.Fatalf("%q", got)
	}
}

func TestHostFileNotClosed(t *testing.T) {
	ctx := testCtx(t)
	path := filepath.Join(t.TempDir(), "host.txt")
	f, _ := os.Create(path)
	defer f.Close()
	h := NewWriter("STDOUT", f)
	if h.Fd() < 0 {
		t.Fatal("host *os.File not used by descriptor")
	}
	h.WriteString(ctx, "via handle\n")
	h.Close()
	if _, err := f.WriteString("host still open\n"); err != nil {
		t.Fatalf("host file closed by handle: %v", err)
	}
	if got := readFile(t, path); got != "via handle\nhost still open\n" {
		t.Fatalf("%q", got)
	}
}

func TestSeekTellOnSocket(t *testing.T) {
	a, _ := streamPair(t)
	if _, err := a.Tell(); err != unix.ESPIPE {
		t.Fatalf("tell on socket: %v", err)
	}
	if _, err := a.Seek(0, 0); err != unix.ESPIPE {
		t.Fatalf("seek on socket: %v", err)
	}
}
