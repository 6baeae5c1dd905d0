package perlio

import (
	"context"
	"io"
	"strings"
	"testing"
)

// BenchmarkReadLineSocket reads 64-byte lines through a Unix socket pair fed
// by a writer goroutine.
func BenchmarkReadLineSocket(b *testing.B) {
	ctx := context.Background()
	a, w := streamPair(b)
	line := strings.Repeat("x", 63) + "\n"
	block := []byte(strings.Repeat(line, 1024))
	fed := make(chan struct{})
	go func() {
		defer close(fed)
		for n := b.N; n > 0; n -= 1024 {
			if _, err := w.SysWrite(ctx, block); err != nil {
				return
			}
		}
	}()
	sep := []byte("\n")
	b.SetBytes(int64(len(line)))
	b.ResetTimer()
	for range b.N {
		s, ok, err := a.ReadLine(ctx, sep)
		if err != nil || !ok || len(s) != len(line) {
			b.Fatalf("%q %v %v", s, ok, err)
		}
	}
	b.StopTimer()
	<-fed // what is left unread fits in the socket buffer
}

// BenchmarkWriteSmallLines prints short lines into a buffered handle.
func BenchmarkWriteSmallLines(b *testing.B) {
	ctx := context.Background()
	h := NewWriter("out", io.Discard)
	line := []byte("a short line of output\n")
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for range b.N {
		if err := h.Write(ctx, line); err != nil {
			b.Fatal(err)
		}
	}
	h.Flush()
}

// BenchmarkWriteSmallLinesSocket prints short lines into a buffered socket
// whose peer drains it.
func BenchmarkWriteSmallLinesSocket(b *testing.B) {
	ctx := context.Background()
	h, r := streamPair(b)
	drained := make(chan struct{})
	go func() {
		defer close(drained)
		for {
			if p, err := r.SysRead(ctx, 1<<16); err != nil || len(p) == 0 {
				return
			}
		}
	}()
	line := []byte("a short line of output\n")
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for range b.N {
		if err := h.Write(ctx, line); err != nil {
			b.Fatal(err)
		}
	}
	h.Close() // the drainer sees end of file and stops
	<-drained
}
