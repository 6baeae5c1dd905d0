package regex

import (
	"sort"
	"strconv"
	"strings"
	"testing"
)

// matchScript answers each case "pattern flags subject" with perl's match
// offsets (@- and @+ per group, then %- per name), every match in turn
// with pos() when the flags include g, and perl's qr// string.
const matchScript = perlPrelude + `
	my ($pat, $flags, $subj) = @f;
	my $global = ($flags =~ s/g//g);
	my $re = eval "qr/\$pat/$flags";
	if (!defined $re) { print err($@), "\n"; next; }
	my @out;
	if ($global) {
		my $n = 0;
		while ($subj =~ /$re/g) { push @out, locs() . "p" . pos($subj); last if ++$n > 100; }
	} else {
		push @out, locs() if $subj =~ $re;
	}
	print "M ", join(" ", @out), " S ", unpack("H*", "$re"), "\n";
}
sub locs {
	my @l;
	for my $i (0..$#+) { push @l, defined $-[$i] ? "$-[$i],$+[$i]" : "-"; }
	my $s = join ";", @l;
	for my $k (sort keys %-) {
		$s .= ";$k=" . join ",", map { defined $_ ? unpack("H*", $_) . "x" : "u" } @{$-{$k}};
	}
	return $s;
}
`

// ourMatch answers a case the way matchScript does.
func ourMatch(pat, flags, subj string, opts Options) string {
	global := strings.Contains(flags, "g")
	re, err := CompileOptions(pat, strings.ReplaceAll(flags, "g", ""), opts)
	if err != nil {
		return "E " + hx(err.Error())
	}
	var out []string
	if global {
		var sc Scratch
		pos, mode := 0, ExecMode(0)
		for n := 0; ; n++ {
			loc, err := re.Exec(&sc, subj, pos, mode)
			if err != nil {
				return "E " + hx(err.Error())
			}
			if loc == nil {
				break
			}
			out = append(out, locs(re, subj, loc)+"p"+strconv.Itoa(loc[1]))
			pos, mode = loc[1], 0
			if loc[0] == loc[1] {
				mode = NotEmptyAt
			}
			if n+1 > 100 {
				break
			}
		}
	} else if loc, ok := re.MatchAt(subj, 0); ok {
		out = append(out, locs(re, subj, loc))
	}
	return "M " + strings.Join(out, " ") + " S " + hx(re.String())
}

// locs formats a match as matchScript's locs does.
func locs(re *Regexp, subj string, loc []int) string {
	last := len(loc)/2 - 1
	var l []string
	for i := 0; i <= last; i++ {
		if loc[2*i] < 0 {
			l = append(l, "-")
		} else {
			l = append(l, strconv.Itoa(loc[2*i])+","+strconv.Itoa(loc[2*i+1]))
		}
	}
	s := strings.Join(l, ";")
	names := re.Names()
	sort.Strings(names)
	for _, k := range names {
		var vals []string
		for _, g := range re.GroupNames()[k] {
			if loc[2*g] < 0 {
				vals = append(vals, "u")
			} else {
				vals = append(vals, hx(subj[loc[2*g]:loc[2*g+1]])+"x")
			}
		}
		s += ";" + k + "=" + strings.Join(vals, ",")
	}
	return s
}

// TestPerlMatch checks every case of matchCases against perl, on both
// engines.
func TestPerlMatch(t *testing.T) {
	cases := matchCases()
	inputs := make([]string, len(cases))
	for i, c := range cases {
		inputs[i] = hexFields(c.pat, c.flags, c.subj)
	}
	want := perlAnswers(t, matchScript, "match.golden", inputs)
	linear := 0
	for i, c := range cases {
		if re, err := Compile(c.pat, strings.ReplaceAll(c.flags, "g", "")); err == nil && re.Linear() {
			linear++
		}
		for _, opts := range []Options{{}, {BacktrackOnly: true}} {
			got := ourMatch(c.pat, c.flags, c.subj, opts)
			if got != want[i] {
				t.Errorf("m/%s/%s on %q (BacktrackOnly=%v):\n got %s\nwant %s", c.pat, c.flags, c.subj, opts.BacktrackOnly,
					decodeAnswer(got), decodeAnswer(want[i]))
			}
		}
	}
	t.Logf("%d cases, %d on the linear engine", len(cases), linear)
}

// decodeAnswer makes hex in an answer readable in failure messages.
func decodeAnswer(a string) string {
	f := strings.Fields(a)
	for i := range f {
		if i > 0 && (f[i-1] == "E" || f[i-1] == "S") {
			if b, err := hexDecode(f[i]); err == nil {
				f[i] = strconv.Quote(b)
			}
		}
	}
	return strings.Join(f, " ")
}
