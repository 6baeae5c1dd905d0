package regex

import (
	"strconv"
	"strings"
	"testing"
)

// trScript answers each case "search replace flags subject" with perl's
// count and result, or its error.
const trScript = perlPrelude + `
	my ($from, $to, $flags, $s) = @f;
	my $d;
	for my $c ('/', '!', '#', '|', ',', ':', ';', '~', '%', '"', "'", '=') {
		if (index($from, $c) < 0 && index($to, $c) < 0) { $d = $c; last }
	}
	my $n = eval "\$s =~ tr$d$from$d$to$d$flags";
	if ($@) { print err($@), "\n"; next; }
	print "T $n ", unpack("H*", $s), "\n";
}
`

// trCase is one transliteration and a subject.
type trCase struct{ from, to, flags, subj string }

func trCases() []trCase {
	const all = "abcxyzABCXYZ 0123-_\t\n.\x00\x7f\xe9\xff"
	cases := []trCase{}
	add := func(from, to, flags string, subjs ...string) {
		if len(subjs) == 0 {
			subjs = []string{all}
		}
		for _, s := range subjs {
			cases = append(cases, trCase{from, to, flags, s})
		}
	}
	add(`a-z`, `A-Z`, ``)
	add(`a-z`, ``, ``)
	add(`a-z`, ``, `d`)
	add(`a-z`, ``, `c`)
	add(`a-z`, `_`, `c`)
	add(`a-z`, `_`, `cs`)
	add(`a-z`, ``, `cd`)
	add(`a-zA-Z`, ` `, `cs`, "hello,  world!!  ok")
	add(`a-y`, `b-z`, ``)
	add(`abc`, `x`, ``)
	add(`abc`, `x`, `d`)
	add(`abc`, `xy`, `d`)
	add(`abc`, `xy`, `ds`, "aabbccabc")
	add(`a`, `a`, `s`, "baaab aa")
	add(`a`, ``, `s`, "baaab aa")
	add(`ab`, `x`, `s`, "aabbab c ab")
	add(`a-`, `x`, `ds`, "a-a--a b")
	add(`aa`, `xy`, ``, "aaa")
	add(`-a`, `_A`, ``, "a-b")
	add(`a-`, `A_`, ``, "a-b")
	add(`a\-z`, `123`, ``, "a-bz")
	add(`\--z`, `X`, ``, "-az!")
	add(`\x00-\x1f`, `.`, ``)
	add(`\x{e9}\xff`, `eY`, ``)
	add(`\200-\377`, `?`, ``)
	add(`\0\t\n`, `0tn`, ``)
	add(`\\\/`, `|_`, ``, `a\b/c`)
	add(`\e\a\f\r`, `EAFR`, ``, "\x1b\x07\f\r")
	add(`\cA-\cZ`, `A-Z`, ``, "\x01\x02\x1a")
	add(`\N{U+41}-\N{U+43}`, `a-c`, ``, "ABCD")
	add(`\o{141}`, `A`, ``, "abc")
	add(`\x41-\x43`, `a`, `r`, "ABCD")
	add(`a-c`, `A-C`, `r`, "abcd")
	add(`abc`, `ABC`, `c`, "abcdef")
	add(`\x00-\xff`, ``, ``)
	add(`\x00-\xff`, `X`, `c`)
	add(`a-c-e`, `X`, ``, "abcde-")
	add(`z-a`, ``, ``)
	add(`a-z`, `z-a`, ``)
	add(`\q\w`, `QW`, ``, "qw\\")
	add(`\b`, `B`, ``, "a\bb")
	add(`\1\18`, `AB`, ``, "\x01\x018")
	add(`a-z`, `A-Z`, `y`, "ab")
	add(``, ``, ``, "abc")
	add(``, `x`, `c`, "abc")
	add(``, ``, `d`, "abc")
	add(`a`, `b`, ``, "")
	add(`a-zA-Z`, `n-za-mN-ZA-M`, ``, "Hello, World!")
	add(`.`, `!`, ``, "a.b.c")
	add(`a-c`, `xyz`, `s`, "aabbcc")
	add(`a-c`, `xxx`, `s`, "aabbcc abc")
	add(`a-c`, `x`, `cs`, "aaddeebb")
	add(`a-c`, `xy`, `cd`, "abcdefg")
	return cases
}

// TestPerlTr checks CompileTr and Apply against perl's tr.
func TestPerlTr(t *testing.T) {
	cases := trCases()
	inputs := make([]string, len(cases))
	for i, c := range cases {
		inputs[i] = hexFields(c.from, c.to, strings.ReplaceAll(c.flags, "y", ""), c.subj)
	}
	want := perlAnswers(t, trScript, "tr.golden", inputs)
	for i, c := range cases {
		if c.flags == "y" {
			continue // an unknown modifier: only checks the error
		}
		var got string
		tr, err := CompileTr(c.from, c.to, c.flags)
		if err != nil {
			got = "E " + hx(err.Error())
		} else {
			res, n := tr.Apply(c.subj)
			if tr.Returns() {
				// perl's tr///r yields the new string; the subject stays.
				got = "T " + res + " " + hx(c.subj)
			} else {
				got = "T " + strconv.Itoa(n) + " " + hx(res)
			}
		}
		if got != want[i] {
			t.Errorf("tr/%s/%s/%s on %q:\n got %s\nwant %s", c.from, c.to, c.flags, c.subj, got, want[i])
		}
	}
	if _, err := CompileTr("a", "b", "y"); err == nil {
		t.Errorf("CompileTr accepted modifier y")
	}
	t.Logf("%d tr cases", len(cases))
}
