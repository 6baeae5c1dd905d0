package lexer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuoteParts splits quote-like texts into operator, bodies and flags.
func TestQuoteParts(t *testing.T) {
	cases := []struct {
		text  string
		op    string
		parts []string
		flags string
		delim byte
	}{
		{`/a\/b/gi`, "m", []string{`a\/b`}, "gi", '/'},
		{`//`, "m", []string{""}, "", '/'},
		{`m{a{1,2}}x`, "m", []string{"a{1,2}"}, "x", '{'},
		{`m#x#`, "m", []string{"x"}, "", '#'},
		{`m'$x'`, "m", []string{"$x"}, "", '\''},
		{`qr/\d+/i`, "qr", []string{`\d+`}, "i", '/'},
		{`s/a/b/g`, "s", []string{"a", "b"}, "g", '/'},
		{`s/\//\\/g`, "s", []string{`\/`, `\\`}, "g", '/'},
		{`s{a}{b}e`, "s", []string{"a", "b"}, "e", '{'},
		{"s {a} # c\n  {b}gr", "s", []string{"a", "b"}, "gr", '{'},
		{`s{a}/b/`, "s", []string{"a", "b"}, "", '{'},
		{`s(a)<b>`, "s", []string{"a", "b"}, "", '('},
		{`s,/,::,g`, "s", []string{"/", "::"}, "g", ','},
		{`tr/a-z/A-Z/`, "tr", []string{"a-z", "A-Z"}, "", '/'},
		{`y/a//d`, "y", []string{"a", ""}, "d", '/'},
		{`tr[a-z] [A-Z]`, "tr", []string{"a-z", "A-Z"}, "", '['},
		{`q(a(b)c)`, "q", []string{"a(b)c"}, "", '('},
		{`qq{$x}`, "qq", []string{"$x"}, "", '{'},
		{`qw / a b /`, "qw", []string{" a b "}, "", '/'},
		{`qx!ls!`, "qx", []string{"ls"}, "", '!'},
		{`'a\'b'`, "q", []string{`a\'b`}, "", '\''},
		{`"a\"b"`, "qq", []string{`a\"b`}, "", '"'},
		{"`ls`", "qx", []string{"ls"}, "", '`'},
		{`s/a`, "s", []string{"a"}, "", '/'},
		{`s/a/b`, "s", []string{"a", "b"}, "", '/'},
		{`s{a}`, "s", []string{"a"}, "", '{'},
		{`q`, "q", nil, "", 0},
		{``, "", nil, "", 0},
	}
	for _, tc := range cases {
		op, parts, flags, delim := QuoteParts(tc.text)
		got := []any{op, parts, flags, delim}
		want := []any{tc.op, tc.parts, tc.flags, tc.delim}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("QuoteParts(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestPatternTokensSplit checks that QuoteParts takes apart what the lexer
// makes.
func TestPatternTokensSplit(t *testing.T) {
	toks, err := Tokenize("p.pl", []byte("$s =~ s{a}\n  {b}g; $t =~ tr/x/y/; split /,/, $u;"))
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, tk := range toks {
		if tk.Type == Pattern {
			op, parts, flags, _ := QuoteParts(tk.Value)
			got = append(got, append([]string{op, flags}, parts...))
		}
	}
	want := [][]string{{"s", "g", "a", "b"}, {"tr", "", "x", "y"}, {"m", "", ","}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
