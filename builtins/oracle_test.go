package builtins

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/miniperl/miniperl/value"
)

// The tests take their expected results from perl itself: every case is
// one request line for a single perl process (oracleScript), which
// answers with one line. The answers are saved in testdata by -update so
// that the tests still run where perl is not installed.

var update = flag.Bool("update", false, "rewrite the golden files in testdata from perl's answers")

// perlTimeout bounds one batch, so that a request perl loops on fails the
// test instead of hanging it.
const perlTimeout = 3 * time.Minute

// oracleScript answers one request per input line:
//
//	P <template hex> <args>        pack
//	U <template hex> <data hex>    unpack in list context
//	S <format hex> <args>          sprintf
//	G <string hex> <offset> <bits> vec(STRING, OFFSET, BITS)
//	W <string hex> <offset> <bits> <value>
//	                               vec(STRING, OFFSET, BITS) = VALUE
//
// Arguments are space-separated: u (undef), i:<int>, n:<double bits hex>,
// s:<string hex>. Answers are "OK <result>" or "ERR <message>" with perl's
// " at FILE line N." removed. Strings are sent as the hex of perl's
// internal bytes (UTF-8 for character strings); unpack's values are u,
// n:<double bits hex> for pure numbers with a fraction or exponent form
// (NVs) and s:<hex of the string> for everything else.
const oracleScript = `
use strict; no warnings; use B;
$SIG{__WARN__} = sub {};
$| = 1;
sub dehex { my $h = shift; return pack("H*", $h) }
sub arg {
    my $a = shift;
    return undef if $a eq 'u';
    my ($t, $v) = split /:/, $a, 2;
    return $v + 0 if $t eq 'i' && $v =~ /^-/;
    return 0 + $v if $t eq 'i';
    return unpack("d>", pack("H*", $v)) if $t eq 'n';
    return dehex($v);
}
sub bytes_of { my $s = shift; utf8::encode($s) if utf8::is_utf8($s); return unpack("H*", $s) }
sub err { my $e = shift; $e =~ s/ at -e line \d+(, <STDIN> line \d+)?\.?\n?\z//; return "ERR $e" }
sub val {
    my $v = shift;
    return 'u' unless defined $v;
    my $f = B::svref_2object(\$v)->FLAGS;
    if (($f & B::SVf_NOK) && !($f & (B::SVf_POK | B::SVf_IOK))) {
        return 'n:' . unpack("H*", pack("d>", $v));
    }
    return 's:' . bytes_of("$v");
}
while (my $line = <STDIN>) {
    chomp $line;
    my ($op, $t, @rest) = split / /, $line;
    $t = dehex($t);
    my @r;
    if ($op eq 'P') {
        my @a = map { arg($_) } @rest;
        my $r = eval { pack($t, @a) };
        print defined $r ? "OK " . bytes_of($r) . "\n" : err($@) . "\n";
    } elsif ($op eq 'U') {
        my $d = dehex($rest[0] // '');
        my @r = eval { unpack($t, $d) };
        print $@ ? err($@) . "\n" : "OK " . join(' ', map { val($_) } @r) . "\n";
    } elsif ($op eq 'S') {
        my @a = map { arg($_) } @rest;
        my $r = eval { sprintf($t, @a) };
        print defined $r ? "OK " . bytes_of($r) . "\n" : err($@) . "\n";
    } elsif ($op eq 'G') {
        my ($o, $b) = map { arg($_) } @rest;
        my $r = eval { vec($t, $o, $b) };
        print $@ ? err($@) . "\n" : "OK $r\n";
    } elsif ($op eq 'W') {
        my ($o, $b, $v) = map { arg($_) } @rest;
        my $r = eval { vec($t, $o, $b) = $v };
        print $@ ? err($@) . "\n" : "OK " . bytes_of($t) . " $r\n";
    } else {
        print "ERR bad request\n";
    }
}
`

// encodeArg writes a Go scalar in the request syntax.
func encodeArg(v value.Scalar) string {
	switch v.Kind() {
	case value.Undef:
		return "u"
	case value.Int:
		return "i:" + strconv.FormatInt(v.Int(), 10)
	case value.Float:
		f := v.Float()
		if math.Float64bits(f) == goNaNBits {
			f = perlNaN()
		}
		return fmt.Sprintf("n:%016x", math.Float64bits(f))
	}
	return "s:" + hex.EncodeToString([]byte(v.String()))
}

func encodeArgs(args []value.Scalar) string {
	var b strings.Builder
	for _, a := range args {
		b.WriteByte(' ')
		b.WriteString(encodeArg(a))
	}
	return b.String()
}

// packRequest, unpackRequest and sprintfRequest build request lines.
func packRequest(tmpl string, args []value.Scalar) string {
	return "P " + hex.EncodeToString([]byte(tmpl)) + encodeArgs(args)
}

func unpackRequest(tmpl, data string) string {
	return "U " + hex.EncodeToString([]byte(tmpl)) + " " + hex.EncodeToString([]byte(data))
}

func sprintfRequest(format string, args []value.Scalar) string {
	return "S " + hex.EncodeToString([]byte(format)) + encodeArgs(args)
}

// goPackAnswer, goUnpackAnswer and goSprintfAnswer compute the answer
// line our implementation gives.
func goPackAnswer(tmpl string, args []value.Scalar, max int) string {
	a, _ := goPackDetail(tmpl, args, max)
	return a
}

// goPackDetail is goPackAnswer that also reports whether perl's
// behaviour is undefined for the call.
func goPackDetail(tmpl string, args []value.Scalar, max int) (string, bool) {
	s, indeterminate, err := packDetail(parseTemplate(tmpl, false), args, max)
	return answer(hex.EncodeToString([]byte(s)), err), indeterminate
}

func goUnpackAnswer(tmpl, data string, max int) string {
	a, _ := goUnpackDetail(tmpl, data, max)
	return a
}

// goUnpackDetail is goUnpackAnswer that also reports whether perl's
// answer is undefined (depends on uninitialised memory).
func goUnpackDetail(tmpl, data string, max int) (string, bool) {
	vals, indeterminate, err := unpackDetail(parseTemplate(tmpl, true), data, max)
	if err != nil {
		return answer("", err), indeterminate
	}
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = encodeValue(v)
	}
	return "OK " + strings.Join(parts, " "), indeterminate
}

func goSprintfAnswer(format string, args []value.Scalar) string {
	s, err := SprintfChecked(format, args)
	return answer(hex.EncodeToString([]byte(s)), err)
}

func hexString(b []byte) string { return hex.EncodeToString(b) }

func answer(ok string, err error) string {
	if err != nil {
		return "ERR " + err.Error()
	}
	return "OK " + ok
}

// encodeValue writes an unpacked value as the oracle does.
func encodeValue(v value.Scalar) string {
	switch v.Kind() {
	case value.Undef:
		return "u"
	case value.Float:
		return fmt.Sprintf("n:%016x", math.Float64bits(v.Float()))
	}
	return "s:" + hex.EncodeToString([]byte(v.String()))
}

// perlPath returns perl's path, or "" when it is not installed.
func perlPath() string {
	p, err := exec.LookPath("perl")
	if err != nil {
		return ""
	}
	return p
}

// askPerl sends all requests to one perl process and returns its answers.
// If perl fails, the requests are saved to a file named in the failure so
// that the case can be found.
func askPerl(t testing.TB, perl string, requests []string) []string {
	t.Helper()
	input := strings.Join(requests, "\n") + "\n"
	ctx, cancel := context.WithTimeout(context.Background(), perlTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, perl, "-e", oracleScript)
	cmd.Stdin = strings.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		saved := filepath.Join(os.TempDir(), "perl-oracle-requests.txt")
		_ = os.WriteFile(saved, []byte(input), 0o644)
		t.Fatalf("perl: %v (after %d answers; requests saved in %s)\n%s", err, bytes.Count(out, []byte("\n")), saved, stderr.String())
	}
	var answers []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		answers = append(answers, sc.Text())
	}
	if len(answers) != len(requests) {
		t.Fatalf("perl gave %d answers to %d requests\n%s", len(answers), len(requests), stderr.String())
	}
	return answers
}

// expected returns perl's answers to requests: from perl when it is
// installed (rewriting the golden file under -update), else from the
// golden file. It skips the test when neither is available.
func expected(t *testing.T, golden string, requests []string) []string {
	t.Helper()
	path := filepath.Join("testdata", golden)
	if perl := perlPath(); perl != "" {
		answers := askPerl(t, perl, requests)
		if *update {
			var b strings.Builder
			for i, r := range requests {
				fmt.Fprintf(&b, "%s\t%s\n", r, answers[i])
			}
			if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return answers
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("perl is not installed and %s is missing (%v)", path, err)
	}
	saved := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if req, ans, ok := strings.Cut(line, "\t"); ok {
			saved[req] = ans
		}
	}
	answers := make([]string, len(requests))
	for i, r := range requests {
		a, ok := saved[r]
		if !ok {
			t.Fatalf("perl is not installed and %s has no answer for %q; run go test -update where perl is", path, r)
		}
		answers[i] = a
	}
	return answers
}

// describe turns a request line back into something readable for
// failure messages.
func describe(req string) string {
	if strings.HasPrefix(req, "G ") || strings.HasPrefix(req, "W ") {
		return describeVec(req)
	}
	f := strings.Fields(req)
	if len(f) < 2 {
		return req
	}
	t, _ := hex.DecodeString(f[1])
	var args []string
	for _, a := range f[2:] {
		if strings.HasPrefix(a, "s:") {
			b, _ := hex.DecodeString(a[2:])
			args = append(args, strconv.Quote(string(b)))
		} else if f[0] == "U" {
			b, _ := hex.DecodeString(a)
			args = append(args, strconv.Quote(string(b)))
		} else {
			args = append(args, a)
		}
	}
	return fmt.Sprintf("%s(%q, %s)", map[string]string{"P": "pack", "U": "unpack", "S": "sprintf"}[f[0]], t, strings.Join(args, ", "))
}

// compareAnswers fails the test for every answer that differs from perl's.
func compareAnswers(t *testing.T, requests, want, got []string) {
	t.Helper()
	bad := 0
	for i := range requests {
		if diff := cmp.Diff(want[i], got[i]); diff != "" {
			bad++
			if bad <= 40 {
				t.Errorf("%s: mismatch with perl (-perl +go):\n%s", describe(requests[i]), diff)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d cases differ from perl", bad, len(requests))
	}
}
