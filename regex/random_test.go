package regex

import (
	"math/rand"
	"strings"
	"testing"
)

// randomAtoms are the pieces TestPerlRandom glues into patterns.
var randomAtoms = []string{
	"a", "b", "ab", "(a)", "(b|a)", "(?:ab|a)", "a*", "b+", "a?", "a{1,2}", "a*?", "b+?", "(a*)",
	"(a|)", "[ab]", "[^a]", ".", `\w`, `\s`, `\d`, "^", "$", `\b`, `\B`, `\A`, `\z`, `\Z`, "(?=a)",
	"(?!b)", "(?<=a)", "(?<!b)", "(?>a+)", "a++", `\1`, "(?i:A)", `\K`, "(?<n>a)", `\k<n>`, "(a)?",
	"(?(1)b|a)", "\n", "x", "(?m:^)", "(?m:$)", "(?s:.)", "[a-c]+", "(ab)*", "(a|b)+?", `\xe9`,
	"(?:a|b|)*", `\R`, `\h`, "[[:alpha:]]", "(a|ab)(c|bcd)", "((a)|b)*", "(a(b)?)+", "(?|(a)|(b))",
	`\2`, "(?:(a)|(b))*?", `(.)\g{-1}`, "(a+|b)*?", `(?<=\w)`, "(?=(a))", "(?i)", "(?x) a",
	"(*FAIL)|", "a{0}", "(a{2,3})", `[^\n]*`, `\N+`, "(?!)", "b|", "|a", "(?s)", `(a)|\1`, `\p{L}`,
	`\W+`, "(?<m>b)|(?<m>a)", `\k<m>`, `(?:a\K|b)`, `[\w-]`, `[^\W\d]`, `\xe9+`, `[\xe0-\xff]`,
	"(?u)", "(?a)", "[[:^space:]]+", `\S+?`, "(?x)[ a ]", "(?xx)[ a ]", `\v`, `\H`, "(?^i:B)",
	"a{,2}", "(?-i)a", `\X`, `\.`, `(?i)\xc9`, `(?=.\z)`, "(?<!^)", "(?m)$", `\z|`, "(?<=a|bb)",
	`(?i)(?:ss|\xdf)`,
}

var randomSubjects = []string{
	"ab", "aab\n", "ba ab", "", "a\nb\na", "abba", "\xe9a b\xe9", "aaa", "b\n\n", "xab1 2",
	"abcd abbcd", "aAbBaab\nba\n", "bbbaaab ab a", "\xc9\xe9 \xdf ss\n", "a.b-c_d",
}

// randomCases makes n pseudo-random cases, the same ones every run.
func randomCases(n int) []matchCase {
	r := rand.New(rand.NewSource(1))
	flagSets := []string{"", "g", "i", "m", "s", "gm", "gi"}
	cases := make([]matchCase, n)
	for i := range cases {
		var p strings.Builder
		for j := 1 + r.Intn(6); j > 0; j-- {
			p.WriteString(randomAtoms[r.Intn(len(randomAtoms))])
		}
		cases[i] = matchCase{p.String(), flagSets[r.Intn(len(flagSets))], randomSubjects[r.Intn(len(randomSubjects))]}
	}
	return cases
}

// TestPerlRandom checks pseudo-random patterns built from many constructs
// against perl, on both engines.
func TestPerlRandom(t *testing.T) {
	cases := randomCases(3000)
	inputs := make([]string, len(cases))
	for i, c := range cases {
		inputs[i] = hexFields(c.pat, c.flags, c.subj)
	}
	want := perlAnswers(t, matchScript, "random.golden", inputs)
	bad := 0
	for i, c := range cases {
		for _, opts := range []Options{{}, {BacktrackOnly: true}} {
			if got := ourMatch(c.pat, c.flags, c.subj, opts); got != want[i] {
				if bad++; bad <= 20 {
					t.Errorf("m/%s/%s on %q (BacktrackOnly=%v):\n got %s\nwant %s", c.pat, c.flags, c.subj,
						opts.BacktrackOnly, decodeAnswer(got), decodeAnswer(want[i]))
				}
			}
		}
	}
	t.Logf("%d random cases", len(cases))
}
