package interp_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/miniperl/miniperl/interp"
)

// sysioWarningsScript draws every -w warning of the system-call I/O
// built-ins. Its handles are barewords used twice, so that perl's own
// "used only once" warnings stay out of the comparison.
const sysioWarningsScript = `use Socket;
my $x = ""; vec($x, 0, 64) = 1; print vec($x, 0, 64), "\n";
my $buf;
print defined(sysread(NEVER, $buf, 3)) ? "d" : "u", "\n";
print defined(syswrite(NEVER, "x")) ? "d" : "u", "\n";
socketpair(A, B, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die;
close A; close B;
print defined(sysread(A, $buf, 3)) ? "d" : "u", "\n";
print defined(syswrite(A, "x")) ? "d" : "u", "\n";
print defined(send(A, "x", 0)) ? "d" : "u", "\n";
print defined(recv(A, $buf, 3, 0)) ? "d" : "u", "\n";
print defined(read(B, $buf, 3)) ? "d" : "u", "\n";
print defined(syswrite(STDIN, "x")) ? "d" : "u", " $!\n";
print defined(sysread(STDOUT, $buf, 1)) ? "d" : "u", " $!\n";
my $bits = 0;
select($bits, undef, undef, 0);
print "bits now a string of length ", length($bits), "\n";
`

// TestSysioWarnings compares the warnings of sysread, syswrite, read,
// send, recv, vec and select under -w with perl -w's. The golden scripts
// cannot: they run without -w.
func TestSysioWarnings(t *testing.T) {
	perl, err := exec.LookPath("perl")
	if err != nil {
		t.Skip("perl not found; the warnings are compared with perl -w's")
	}
	const name = "sysio_warnings.pl"

	prog, err := interp.Compile(name, []byte(sysioWarningsScript))
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	it := interp.New(prog, interp.Config{
		Stdin:      strings.NewReader(""),
		Stdout:     &stdout,
		Stderr:     &stderr,
		ScriptName: name,
		Warnings:   true,
	})
	ctx, cancel := context.WithTimeout(context.Background(), scriptTimeout)
	defer cancel()
	if status := it.Run(ctx); status != 0 {
		t.Fatalf("miniperl exit status %d; stderr:\n%s", status, stderr.String())
	}

	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(sysioWarningsScript), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, perl, "-w", name)
	cmd.Dir = dir
	cmd.Env = scriptEnv()
	var pout, perr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &pout, &perr
	if err := cmd.Run(); err != nil {
		t.Fatalf("perl: %v\n%s", err, perr.String())
	}
	// Guard against a comparison of nothing with nothing.
	if !strings.Contains(perr.String(), "send() on closed socket A") {
		t.Fatalf("perl -w did not warn as this test expects:\n%s", perr.String())
	}
	if diff := cmp.Diff(pout.String(), stdout.String()); diff != "" {
		t.Errorf("stdout (-perl +miniperl):\n%s", diff)
	}
	if diff := cmp.Diff(perr.String(), stderr.String()); diff != "" {
		t.Errorf("stderr (-perl +miniperl):\n%s", diff)
	}
}
