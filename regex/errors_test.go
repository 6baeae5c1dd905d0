package regex

import (
	"errors"
	"testing"
)

// TestUnsupported checks that constructs perl has and this package does
// not are refused with a message naming them.
func TestUnsupported(t *testing.T) {
	for _, c := range []struct{ pat, msg string }{
		{`a(?{1})`, `Sequence (?{...}) not supported by miniperl in regex; marked by <-- HERE in m/a(?{ <-- HERE 1})/`},
		{`a(??{"b"})`, `Sequence (??{...}) not supported by miniperl in regex; marked by <-- HERE in m/a(??{ <-- HERE "b"})/`},
		{`(?(?{1})a)`, `Sequence (?(?{...})...) not supported by miniperl in regex; marked by <-- HERE in m/(?(?{ <-- HERE 1})a)/`},
		{`a(?R)?`, `Sequence (?R) not supported by miniperl in regex; marked by <-- HERE in m/a(?R) <-- HERE ?/`},
		{`(a)(?1)`, `Sequence (?1) not supported by miniperl in regex; marked by <-- HERE in m/(a)(?1) <-- HERE /`},
		{`(a)(?-1)`, `Sequence (?-1) not supported by miniperl in regex; marked by <-- HERE in m/(a)(?-1) <-- HERE /`},
		{`(a)(?+1)`, `Sequence (?+1) not supported by miniperl in regex; marked by <-- HERE in m/(a)(?+1) <-- HERE /`},
		{`(?<n>a)(?&n)`, `Sequence (?&n) not supported by miniperl in regex; marked by <-- HERE in m/(?<n>a)(?&n) <-- HERE /`},
		{`(?P<n>a)(?P>n)`, `Sequence (?P>...) recursion not supported by miniperl in regex; marked by <-- HERE in m/(?P<n>a)(?P> <-- HERE n)/`},
		{`(?(R)a)`, `Sequence (?(R)...) recursion test not supported by miniperl in regex; marked by <-- HERE in m/(?(R <-- HERE )a)/`},
		{`a(*ACCEPT)`, `Sequence (*ACCEPT) not supported by miniperl in regex; marked by <-- HERE in m/a(*ACCEPT) <-- HERE /`},
		{`a(*COMMIT)b`, `Sequence (*COMMIT) not supported by miniperl in regex; marked by <-- HERE in m/a(*COMMIT) <-- HERE b/`},
		{`(*sr:a)`, `Sequence (*sr:...) not supported by miniperl in regex; marked by <-- HERE in m/(*sr: <-- HERE a)/`},
		{`\N{LATIN SMALL LETTER A}`, `Sequence \N{NAME} not supported by miniperl in regex; marked by <-- HERE in m/\N{ <-- HERE LATIN SMALL LETTER A}/`},
		{`(?<=(a|aa))b`, `Capture group in variable-length lookbehind not supported by miniperl in regex; marked by <-- HERE in m/(?<=( <-- HERE a|aa))b/`},
		{`\b{wb}`, `Sequence \b{...} not supported by miniperl in regex; marked by <-- HERE in m/\b{wb} <-- HERE /`},
	} {
		_, err := Compile(c.pat, "")
		var e *Error
		if !errors.As(err, &e) || !e.Unsupported {
			t.Errorf("%s: got %v, want an unsupported-construct error", c.pat, err)
			continue
		}
		if err.Error() != c.msg {
			t.Errorf("%s:\n got %s\nwant %s", c.pat, err, c.msg)
		}
	}
}

// TestQuoteMeta checks that a \Q...\E left in a pattern quotes its span.
func TestQuoteMeta(t *testing.T) {
	for _, c := range []struct{ pat, subj, want, str string }{
		{`a\Q.b\E.`, "xa.bc", "a.bc", `(?^:a\.b.)`},
		{`a\Q.b\E.`, "xaxbc", "", `(?^:a\.b.)`},
		{`\Q(a+)`, "x(a+)", "(a+)", `(?^:\(a\+\))`},
		{`a\Eb`, "ab", "ab", `(?^:ab)`},
		{`\\Q`, `\Q`, `\Q`, `(?^:\\Q)`},
	} {
		re, err := Compile(c.pat, "")
		if err != nil {
			t.Errorf("%s: %v", c.pat, err)
			continue
		}
		got := ""
		if loc, ok := re.MatchAt(c.subj, 0); ok {
			got = c.subj[loc[0]:loc[1]]
		}
		if got != c.want || re.String() != c.str {
			t.Errorf("%s on %q: got %q %s, want %q %s", c.pat, c.subj, got, re.String(), c.want, c.str)
		}
	}
}

// TestFlagErrors checks modifier errors.
func TestFlagErrors(t *testing.T) {
	for _, c := range []struct{ flags, msg string }{
		{"q", `Unknown regexp modifier "/q"`},
		{"au", `Regexp modifiers "/a" and "/u" are mutually exclusive`},
		{"uu", `Regexp modifier "/u" may not appear twice`},
		{"aaa", `Regexp modifier "/a" may appear a maximum of twice`},
	} {
		_, err := Compile("a", c.flags)
		var fe *FlagError
		if !errors.As(err, &fe) || err.Error() != c.msg {
			t.Errorf("/%s: got %v, want %s", c.flags, err, c.msg)
		}
	}
	for _, f := range []string{"gc", "o", "e", "r", "msixxnp", "aa", "l", "d"} {
		if _, err := Compile("a", f); err != nil {
			t.Errorf("/%s: %v", f, err)
		}
	}
}
