package interp

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// unsupportedRegex are the constructs miniperl's regex engine refuses,
// each with the name its message must give.
var unsupportedRegex = []struct{ pattern, name string }{
	{`(?{ 1 })`, `(?{...})`},
	{`(??{ "a" })`, `(??{...})`},
	{`(?R)`, `(?R)`},
	{`(?1)`, `(?1)`},
	{`(?&name)`, `(?&name)`},
	{`(*ACCEPT)`, `(*ACCEPT)`},
	{`\N{LATIN SMALL LETTER A}`, `\N{NAME}`},
	{`\b{wb}`, `\b{...}`},
}

// TestUnsupportedRegexFailsAtCompileTime checks that a literal pattern
// with an unsupported construct stops the program before it runs, in
// every operator that takes a pattern, with a message naming the
// construct and the line.
func TestUnsupportedRegexFailsAtCompileTime(t *testing.T) {
	forms := []string{`my $x = "a" =~ /a%s/;`, `my $q = qr/a%s/;`, `(my $s = "a") =~ s/a%s/b/;`, `my @f = split /a%s/, "a";`}
	for _, u := range unsupportedRegex {
		for _, form := range forms {
			src := "print \"started\\n\";\n" + strings.ReplaceAll(form, "%s", u.pattern) + "\n"
			_, err := Compile("x.pl", []byte(src))
			if err == nil {
				t.Errorf("%s: compiled, want a compile error", src)
				continue
			}
			msg := err.Error()
			if !strings.Contains(msg, "Sequence "+u.name+" not supported by miniperl in regex") || !strings.HasSuffix(msg, " at x.pl line 2.\n") {
				t.Errorf("%s: message %q does not name %s at line 2", src, msg, u.name)
			}
		}
	}
}

// TestUnsupportedRegexInterpolatedDies checks that the same constructs
// arriving through an interpolated variable die when the match runs,
// where eval can catch them.
func TestUnsupportedRegexInterpolatedDies(t *testing.T) {
	for _, u := range unsupportedRegex {
		src := "my $p = '" + strings.ReplaceAll(u.pattern, "'", "\\'") + "';\n" +
			"my $ok = eval { 'a' =~ /$p/; 1 };\nprint $ok ? \"matched\\n\" : \"died: $@\";\n"
		prog, err := Compile("x.pl", []byte(src))
		if err != nil {
			t.Fatalf("%s: %v", u.pattern, err)
		}
		var stdout, stderr bytes.Buffer
		if status := New(prog, Config{Stdout: &stdout, Stderr: &stderr}).Run(context.Background()); status != 0 {
			t.Fatalf("%s: status %d, stderr %q", u.pattern, status, stderr.String())
		}
		want := "died: Sequence " + u.name + " not supported by miniperl in regex"
		if got := stdout.String(); !strings.HasPrefix(got, want) || !strings.HasSuffix(got, " at x.pl line 2.\n") {
			t.Errorf("%s: got %q, want %q... at x.pl line 2.", u.pattern, got, want)
		}
	}
}
