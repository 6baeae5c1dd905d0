package perlio

import (
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// sepMode is one setting of $/ as the tests name it: "undef", "para",
// "rec:N", or the separator itself.
type sepMode string

// readAllRecords reads records from h until end of input, the way
// `while (defined($_ = <FH>))` does, and formats them as the perl side of
// TestReadLineMatchesPerl prints them.
func readAllRecords(ctx context.Context, h *Handle, mode sepMode) (string, error) {
	var out strings.Builder
	for {
		var (
			s   string
			ok  bool
			err error
		)
		switch {
		case mode == "undef":
			s, ok, err = h.ReadLine(ctx, nil)
		case mode == "para":
			s, ok, err = h.ReadLine(ctx, []byte{})
		case strings.HasPrefix(string(mode), "rec:"):
			n, _ := strconv.Atoi(string(mode[4:]))
			s, ok, err = h.ReadRecord(ctx, n)
		default:
			s, ok, err = h.ReadLine(ctx, []byte(mode))
		}
		if err != nil {
			return out.String(), err
		}
		if !ok {
			out.WriteString("end\n")
			return out.String(), nil
		}
		fmt.Fprintf(&out, "%s %d\n", hex.EncodeToString([]byte(s)), h.LineNo())
	}
}

const perlRecords = `
my $m = shift;
if ($m eq "undef") { $/ = undef }
elsif ($m eq "para") { $/ = "" }
elsif ($m =~ /^rec:(\d+)$/) { my $n = $1; $/ = \$n }
else { $/ = pack "H*", $m }
binmode STDIN;
while (defined(my $l = <STDIN>)) { print unpack("H*", $l), " $.\n" }
print "end\n";
`

var recordInputs = []string{
	"",
	"a",
	"a\nb",
	"a\nb\n",
	"\n",
	"\n\n\na\nb\n\n\n\nc\n\nd",
	"para one\n\npara two\n\n\n",
	"x--y--z--",
	"x--y-",
	"--",
	"abc\r\ndef\r\n",
	strings.Repeat("x", 9000) + "\n" + strings.Repeat("y", 20000) + "\n\n" + "tail",
	strings.Repeat("ab--", 5000),
}

var recordModes = []sepMode{"\n", "--", "\r\n", "undef", "para", "rec:3", "rec:8192"}

// sepArg is how the perl side receives a mode.
func sepArg(m sepMode) string {
	switch {
	case m == "undef", m == "para", strings.HasPrefix(string(m), "rec:"):
		return string(m)
	}
	return hex.EncodeToString([]byte(m))
}

// TestReadLineMatchesPerl reads every input in every $/ mode through a Go
// reader, a file and a socket fed in small pieces, and compares each record
// and $. with what perl reads.
func TestReadLineMatchesPerl(t *testing.T) {
	needPerl(t)
	dir := t.TempDir()
	for i, in := range recordInputs {
		for _, mode := range recordModes {
			want := string(runPerl(t, perlRecords, []byte(in), sepArg(mode)))
			name := fmt.Sprintf("input%d/%q", i, mode)
			t.Run(name, func(t *testing.T) {
				ctx := testCtx(t)
				got, err := readAllRecords(ctx, NewReader("in", strings.NewReader(in)), mode)
				if err != nil || got != want {
					t.Errorf("io.Reader: got\n%s(err %v)\nperl:\n%s", got, err, want)
				}

				path := filepath.Join(dir, fmt.Sprintf("in%d", i))
				os.WriteFile(path, []byte(in), 0o644)
				f, err := Open(path, "<")
				if err != nil {
					t.Fatal(err)
				}
				got, err = readAllRecords(ctx, f, mode)
				f.Close()
				if err != nil || got != want {
					t.Errorf("file: got\n%s(err %v)\nperl:\n%s", got, err, want)
				}

				a, b := streamPair(t)
				fed := make(chan struct{})
				go func() {
					defer close(fed)
					// Small pieces make records straddle reads.
					for s := in; s != ""; {
						n := min(len(s), 7)
						b.SysWrite(ctx, []byte(s[:n]))
						s = s[n:]
						time.Sleep(time.Microsecond)
					}
					b.Close()
				}()
				got, err = readAllRecords(ctx, a, mode)
				<-fed // b belongs to the feeder until it is done
				if err != nil || got != want {
					t.Errorf("socket: got\n%s(err %v)\nperl:\n%s", got, err, want)
				}
			})
		}
	}
}

func TestSlurpEmpty(t *testing.T) {
	ctx := testCtx(t)
	h := NewReader("in", strings.NewReader(""))
	s, ok, err := h.ReadLine(ctx, nil)
	if s != "" || !ok || err != nil {
		t.Fatalf("first slurp of empty input: %q %v %v", s, ok, err)
	}
	if _, ok, _ := h.ReadLine(ctx, nil); ok {
		t.Fatal("second slurp of empty input is not undef")
	}
	if h.LineNo() != 1 {
		t.Fatalf("$. = %d", h.LineNo())
	}
	// In list context an empty file slurps to no records.
	lines, err := NewReader("in", strings.NewReader("")).ReadLines(ctx, nil)
	if len(lines) != 0 || err != nil {
		t.Fatalf("list slurp: %q %v", lines, err)
	}
}

func TestReadLines(t *testing.T) {
	ctx := testCtx(t)
	h := NewReader("in", strings.NewReader("a\nb\nc"))
	lines, err := h.ReadLines(ctx, []byte("\n"))
	if err != nil || strings.Join(lines, "|") != "a\n|b\n|c" || h.LineNo() != 3 {
		t.Fatalf("%q %v $.=%d", lines, err, h.LineNo())
	}
}

func TestReadAndGetc(t *testing.T) {
	ctx := testCtx(t)
	h := NewReader("in", strings.NewReader("hello, world"))
	p, err := h.Read(ctx, 5)
	if string(p) != "hello" || err != nil {
		t.Fatalf("read: %q %v", p, err)
	}
	c, ok, err := h.Getc(ctx)
	if c != "," || !ok || err != nil {
		t.Fatalf("getc: %q %v %v", c, ok, err)
	}
	p, _ = h.Read(ctx, 100)
	if string(p) != " world" {
		t.Fatalf("short read at end: %q", p)
	}
	p, err = h.Read(ctx, 100)
	if len(p) != 0 || err != nil {
		t.Fatalf("read at end: %q %v", p, err)
	}
	if _, ok, _ := h.Getc(ctx); ok {
		t.Fatal("getc at end")
	}
	if !h.EOF(ctx) {
		t.Fatal("eof at end is false")
	}
}

func TestGetcUTF8(t *testing.T) {
	ctx := testCtx(t)
	a, b := streamPair(t)
	if err := a.SetBinmode(":encoding(UTF-8)"); err != nil {
		t.Fatal(err)
	}
	// Only one two-byte character is sent: getc must not wait for more.
	b.SysWrite(ctx, []byte("é"))
	c, ok, err := a.Getc(ctx)
	if c != "é" || !ok || err != nil {
		t.Fatalf("getc: %q %v %v", c, ok, err)
	}
}

func TestEOFOnSocket(t *testing.T) {
	ctx := testCtx(t)
	a, b := streamPair(t)
	b.SysWrite(ctx, []byte("x"))
	if a.EOF(ctx) {
		t.Fatal("eof with data waiting")
	}
	if c, _, _ := a.Getc(ctx); c != "x" {
		t.Fatalf("getc after eof check: %q", c)
	}
	b.Close()
	if !a.EOF(ctx) {
		t.Fatal("eof after peer closed is false")
	}
}

func TestCRLFInput(t *testing.T) {
	ctx := testCtx(t)
	a, b := streamPair(t)
	if err := a.SetBinmode(":crlf"); err != nil {
		t.Fatal(err)
	}
	fed := make(chan struct{})
	go func() {
		defer close(fed)
		// The "\r" and "\n" arrive in separate reads.
		b.SysWrite(ctx, []byte("one\r"))
		time.Sleep(20 * time.Millisecond)
		b.SysWrite(ctx, []byte("\ntwo\r\nlone\rcr\r"))
		b.Close()
	}()
	lines, err := a.ReadLines(ctx, []byte("\n"))
	<-fed
	if err != nil || strings.Join(lines, "|") != "one\n|two\n|lone\rcr\r" {
		t.Fatalf("%q %v", lines, err)
	}
}

func TestSysReadBypassesBuffer(t *testing.T) {
	ctx := testCtx(t)
	a, b := streamPair(t)
	b.SysWrite(ctx, []byte("line1\n"))
	if s, _, _ := a.ReadLine(ctx, []byte("\n")); s != "line1\n" {
		t.Fatalf("readline %q", s)
	}
	b.SysWrite(ctx, []byte("raw"))
	p, err := a.SysRead(ctx, 100)
	if string(p) != "raw" || err != nil {
		t.Fatalf("sysread %q %v", p, err)
	}
	b.Close()
	p, err = a.SysRead(ctx, 100)
	if len(p) != 0 || err != nil {
		t.Fatalf("sysread at end %q %v", p, err)
	}
}

func TestLineNoResetOnClose(t *testing.T) {
	ctx := testCtx(t)
	h := NewReader("in", strings.NewReader("a\nb\n"))
	h.ReadLine(ctx, []byte("\n"))
	h.SetLineNo(41)
	h.ReadLine(ctx, []byte("\n"))
	if h.LineNo() != 42 {
		t.Fatalf("$. = %d", h.LineNo())
	}
	h.Close()
	if h.LineNo() != 0 {
		t.Fatalf("$. after close = %d", h.LineNo())
	}
}

func TestReadOnWriteOnly(t *testing.T) {
	ctx := testCtx(t)
	h := NewWriter("out", &strings.Builder{})
	if _, _, err := h.ReadLine(ctx, []byte("\n")); err == nil {
		t.Fatal("readline on write-only handle succeeded")
	}
	if !h.EOF(ctx) {
		t.Fatal("eof on write-only handle is false")
	}
}
