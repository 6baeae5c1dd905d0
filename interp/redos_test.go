package interp

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// TestMatchTimeoutStopsPathologicalPattern: with CompileOptions.MatchTimeout
// a catastrophically backtracking match ends with a perl-style error
// instead of hanging the host.
func TestMatchTimeoutStopsPathologicalPattern(t *testing.T) {
	// /^(a+)+$/ runs on the linear-time engine and fails at once; the
	// lookahead forces backtracking, which the limit must stop.
	src := `my $s = ("a" x 40) . "!";
print "linear engine: no match\n" unless $s =~ /^(a+)+$/;
print "matched\n" if $s =~ /^(a+)+(?=x)/;
print "not reached\n";
`
	prog, err := CompileWith("redos.pl", []byte(src), CompileOptions{MatchTimeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	start := time.Now()
	status := New(prog, Config{Stdout: &stdout, Stderr: &stderr}).Run(context.Background())
	elapsed := time.Since(start)
	if status != 255 {
		t.Errorf("status %d, want 255 (die)", status)
	}
	if stderr.String() != "Regex match exceeded time limit at redos.pl line 3.\n" || stdout.String() != "linear engine: no match\n" {
		t.Errorf("stdout %q stderr %q", stdout.String(), stderr.String())
	}
	if elapsed > 5*time.Second {
		t.Errorf("the match took %v despite the 100ms limit", elapsed)
	}
	t.Logf("stopped after %v: %s", elapsed, strings.TrimSpace(stderr.String()))
}
