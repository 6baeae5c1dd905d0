package perlio

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// strStore is a MemStore over a Go string.
type strStore struct{ s string }

func (s *strStore) Load() string   { return s.s }
func (s *strStore) Store(v string) { s.s = v }

func TestMemoryWriteIsVisibleAtOnce(t *testing.T) {
	st := &strStore{s: "old"}
	h, err := OpenMemory(st, ">")
	if err != nil {
		t.Fatal(err)
	}
	if st.s != "" {
		t.Fatalf("> did not empty the scalar: %q", st.s)
	}
	ctx := context.Background()
	h.WriteString(ctx, "abc")
	if st.s != "abc" {
		t.Fatalf("after one print: %q", st.s)
	}
	if _, err := h.Seek(1, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	h.WriteString(ctx, "X")
	if pos, _ := h.Tell(); st.s != "aXc" || pos != 2 {
		t.Fatalf("overwrite: %q at %d", st.s, pos)
	}
	h.Seek(5, io.SeekStart)
	h.WriteString(ctx, "Z")
	if st.s != "aXc\x00\x00Z" {
		t.Fatalf("write past the end: %q", st.s)
	}
	if h.Fd() != -1 || !h.IsMemory() {
		t.Fatal("an in-memory handle has no descriptor")
	}
}

func TestMemoryAppendAndRead(t *testing.T) {
	st := &strStore{s: "one\n"}
	h, err := OpenMemory(st, ">>")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	h.WriteString(ctx, "two\n")
	st.s += "three\n" // the script changes the scalar behind the handle
	h.WriteString(ctx, "four\n")
	if st.s != "one\ntwo\nthree\nfour\n" {
		t.Fatalf("append: %q", st.s)
	}
	r, err := OpenMemory(st, "<")
	if err != nil {
		t.Fatal(err)
	}
	line, ok, _ := r.ReadLine(ctx, []byte("\n"))
	if !ok || line != "one\n" {
		t.Fatalf("first line %q", line)
	}
	if pos, _ := r.Tell(); pos != 4 {
		t.Fatalf("tell after a line: %d", pos)
	}
	rest, _ := r.ReadLines(ctx, []byte("\n"))
	if len(rest) != 3 || !r.EOF(ctx) {
		t.Fatalf("rest %q", rest)
	}
	r.Seek(-5, io.SeekEnd)
	line, _, _ = r.ReadLine(ctx, []byte("\n"))
	if line != "four\n" {
		t.Fatalf("after seek from the end: %q", line)
	}
	if err := r.WriteString(ctx, "x"); err == nil {
		t.Fatal("wrote to a read-only in-memory handle")
	}
}

func TestMemoryBadMode(t *testing.T) {
	if _, err := OpenMemory(&strStore{}, "-|"); err == nil {
		t.Fatal("a piped mode on a scalar opened")
	}
}

// TestAliasSharesDescriptor: an alias (open ">&=") writes to the same
// descriptor and closing it leaves the original usable.
func TestAliasSharesDescriptor(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	h, err := Open(path, ">")
	if err != nil {
		t.Fatal(err)
	}
	a := h.Alias()
	if a.Fd() != h.Fd() {
		t.Fatalf("alias fd %d, original %d", a.Fd(), h.Fd())
	}
	ctx := context.Background()
	a.WriteString(ctx, "alias\n")
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := h.WriteString(ctx, "original\n"); err != nil {
		t.Fatal(err)
	}
	if err := h.Close(); err != nil {
		t.Fatalf("closing the original after its alias: %v", err)
	}
	if got := readFile(t, path); got != "alias\noriginal\n" {
		t.Fatalf("file %q", got)
	}
}

func TestNewPipe(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	wh, err := NewPipe("w", w, true)
	if err != nil {
		t.Fatal(err)
	}
	rh, err := NewPipe("r", r, false)
	if err != nil {
		t.Fatal(err)
	}
	if !wh.IsPipe() || !rh.IsPipe() || rh.CanWrite() || wh.CanRead() {
		t.Fatal("pipe ends have the wrong directions")
	}
	ctx := context.Background()
	wh.WriteString(ctx, "through\n")
	wh.Close()
	line, ok, _ := rh.ReadLine(ctx, []byte("\n"))
	if !ok || line != "through\n" || !rh.EOF(ctx) {
		t.Fatalf("read %q", line)
	}
	rh.Close()
}
