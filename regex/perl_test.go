package regex

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The differential tests feed a table of cases to perl in one run and
// compare its answers with this package's. Without perl they compare with
// golden files that perl wrote:
//
//	go test ./regex -run 'TestPerl' -update
//
// rewrites testdata/*.golden from perl.
var update = flag.Bool("update", false, "rewrite the golden files in testdata from perl")

// perlAnswers returns perl's answer line for each input line, from a live
// perl when there is one (and then checks the golden file is current), or
// else from the golden file. It skips the test when it has neither.
func perlAnswers(t *testing.T, script, golden string, inputs []string) []string {
	t.Helper()
	path := filepath.Join("testdata", golden)
	perl, lookErr := exec.LookPath("perl")
	if lookErr != nil {
		if *update {
			t.Fatalf("-update needs perl on PATH: %v", lookErr)
		}
		want, err := readGolden(path, inputs)
		if err != nil {
			t.Skipf("no perl on PATH and no usable golden file: %v", err)
		}
		return want
	}
	got := runPerl(t, perl, script, inputs)
	if *update {
		writeGolden(t, path, inputs, got)
		return got
	}
	want, err := readGolden(path, inputs)
	if err != nil {
		t.Errorf("golden file out of date (%v); run go test ./regex -run %s -update", err, t.Name())
	} else {
		for i := range want {
			if want[i] != got[i] {
				t.Errorf("golden %s line %d is %q, perl now says %q; run -update", golden, i+1, want[i], got[i])
				break
			}
		}
	}
	return got
}

// runPerl runs script with one input line per case and returns one answer
// line per case.
func runPerl(t *testing.T, perl, script string, inputs []string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, perl, "-e", script)
	cmd.Env = perlEnv()
	cmd.Stdin = strings.NewReader(strings.Join(inputs, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("perl: %v\n%s", err, stderr.String())
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(inputs) {
		t.Fatalf("perl gave %d answers for %d cases; stderr:\n%s", len(lines), len(inputs), stderr.String())
	}
	return lines
}

// perlEnv is the test's environment without the PERL* variables that
// could change perl's behaviour.
func perlEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PERL") {
			env = append(env, kv)
		}
	}
	return env
}

// readGolden reads "input\tanswer" lines and checks the inputs are the
// cases of the table.
func readGolden(path string, inputs []string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var want []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		in, ans, ok := strings.Cut(sc.Text(), "\t=\t")
		if !ok || len(want) >= len(inputs) || in != inputs[len(want)] {
			return nil, errStale
		}
		want = append(want, ans)
	}
	if len(want) != len(inputs) {
		return nil, errStale
	}
	return want, sc.Err()
}

var errStale = &goldenError{}

type goldenError struct{}

func (*goldenError) Error() string { return "golden file does not list the same cases" }

func writeGolden(t *testing.T, path string, inputs, answers []string) {
	t.Helper()
	var b strings.Builder
	for i := range inputs {
		b.WriteString(inputs[i] + "\t=\t" + answers[i] + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d cases)", path, len(inputs))
}

// hexFields encodes fields as a tab-separated line of hex.
func hexFields(fields ...string) string {
	enc := make([]string, len(fields))
	for i, f := range fields {
		enc[i] = hex.EncodeToString([]byte(f))
	}
	return strings.Join(enc, "\t")
}

// hx is one field in hex, for answers.
func hx(s string) string { return hex.EncodeToString([]byte(s)) }

// perlPrelude decodes the input line into @f and strips position suffixes
// from error messages.
const perlPrelude = `
use strict; no warnings;
binmode STDIN; binmode STDOUT;
sub err { my $e = shift; $e =~ s/ at \(eval \d+\) line \d+.*//s; $e =~ s/ at -e line \d+.*//s; return "E " . unpack("H*", $e) }
while (my $line = <STDIN>) {
	chomp $line;
	my @f = map { pack "H*", $_ } split /\t/, $line, -1;
`

func hexDecode(s string) (string, error) {
	b, err := hex.DecodeString(s)
	return string(b), err
}
