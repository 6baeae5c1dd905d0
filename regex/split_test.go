package regex

import (
	"strconv"
	"strings"
	"testing"
)

// splitScript answers each case "pattern flags subject limit" with
// perl's fields (hex, or u for undef).
const splitScript = perlPrelude + `
	my ($pat, $flags, $s, $limit) = @f;
	my $re = eval "qr/\$pat/$flags";
	if (!defined $re) { print err($@), "\n"; next; }
	my @r = split $re, $s, $limit;
	print "S ", scalar(@r), " ", join(" ", map { defined $_ ? unpack("H*", $_) . "x" : "u" } @r), "\n";
}
`

type splitCase struct {
	pat, flags, subj string
	limit            int
}

func splitCases() []splitCase {
	var cases []splitCase
	add := func(pat, flags, subj string, limits ...int) {
		if len(limits) == 0 {
			limits = []int{0, -1, 1, 2, 3}
		}
		for _, l := range limits {
			cases = append(cases, splitCase{pat, flags, subj, l})
		}
	}
	add(`,`, ``, "a,b,c")
	add(`,`, ``, "a,b,c,,,")
	add(`,`, ``, ",a,,b")
	add(`,`, ``, ",,,")
	add(`,`, ``, "")
	add(`,`, ``, "abc")
	add(`\s+`, ``, " a b  c ")
	add(`\s*`, ``, " a b  c ")
	add(``, ``, "abc")
	add(`x*`, ``, "axxbxc")
	add(`(,)`, ``, "a,b,c")
	add(`(-)|(,)`, ``, "a,b-c,")
	add(`(a)?b`, ``, "xbyabz")
	add(`^`, ``, "a\nb\nc\n")
	add(`^`, `m`, "a\nb\n")
	add(`$`, `m`, "a\nb\n")
	add(`\b`, ``, "hi there, you")
	add(`(?=b)`, ``, "abab")
	add(`(?<=,)`, ``, "a,b,c")
	add(`a\K`, ``, "babab")
	add(`,`, ``, "a,b,c,d", 2, 3, 4, 5, 10, -2)
	add(`(\d)`, ``, "a1b2c3")
	add(`(\d)|x`, ``, "a1bxc")
	add(`.`, ``, "abc")
	add(`\xe9`, ``, "a\xe9b\xe9")
	add(`[,;]\s*`, ``, "a, b;c ,d")
	add(`(?i)X`, ``, "axbXc")
	add(`\n`, ``, "l1\nl2\n\n")
	add(`(\s)*`, ``, "a  b")
	add(`,*`, ``, ",a,,b,")
	return cases
}

// TestPerlSplit checks Split and SplitIndex against perl's split.
func TestPerlSplit(t *testing.T) {
	cases := splitCases()
	inputs := make([]string, len(cases))
	for i, c := range cases {
		inputs[i] = hexFields(c.pat, c.flags, c.subj, strconv.Itoa(c.limit))
	}
	want := perlAnswers(t, splitScript, "split.golden", inputs)
	for i, c := range cases {
		for _, opts := range []Options{{}, {BacktrackOnly: true}} {
			var got string
			re, err := CompileOptions(c.pat, c.flags, opts)
			if err != nil {
				got = "E " + hx(err.Error())
			} else {
				idx, err := re.SplitIndex(nil, c.subj, c.limit)
				if err != nil {
					t.Fatal(err)
				}
				fields := []string{"S", strconv.Itoa(len(idx) / 2)}
				for j := 0; j < len(idx); j += 2 {
					if idx[j] < 0 {
						fields = append(fields, "u")
					} else {
						fields = append(fields, hx(c.subj[idx[j]:idx[j+1]])+"x")
					}
				}
				got = strings.Join(fields, " ")
				if len(idx) == 0 {
					got += " "
				}
				if plain := re.Split(c.subj, c.limit); len(plain) != len(idx)/2 {
					t.Errorf("Split gave %d fields, SplitIndex %d", len(plain), len(idx)/2)
				}
			}
			if got != want[i] {
				t.Errorf("split /%s/%s, %q, %d (BacktrackOnly=%v):\n got %s\nwant %s", c.pat, c.flags, c.subj, c.limit, opts.BacktrackOnly, got, want[i])
			}
		}
	}
	t.Logf("%d split cases", len(cases))
}
