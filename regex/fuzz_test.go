package regex

import (
	"slices"
	"testing"
	"time"
)

// FuzzCompile checks that no pattern, modifier set or subject makes the
// package panic, that match offsets are well formed, and that the two
// engines agree wherever the linear one is used.
func FuzzCompile(f *testing.F) {
	for _, s := range []string{
		`a(b)c`, `(?i)x+`, `[[:alpha:]\d-]+`, `(?<n>a)\k<n>`, `a{2,3}?`, `(?|(a)|(b))`, `\p{L}+`,
		`^(\w+)\s+(.*)$`, `(?(1)a|b)`, `(?<=ab)c`, `a\Kb`, `\Q.\E`, `[z-a]`, `(?#x)a`, `\x{100}`,
	} {
		f.Add(s, "", "abc ab\nAB 12")
		f.Add(s, "imsx", "\xe9a\n")
	}
	f.Fuzz(func(t *testing.T, pat, flags, subj string) {
		opts := Options{MatchTimeout: 20 * time.Millisecond}
		re, err := CompileOptions(pat, flags, opts)
		if err != nil {
			return
		}
		_ = re.String()
		opts.BacktrackOnly = true
		slow, err := CompileOptions(pat, flags, opts)
		if err != nil {
			t.Fatalf("compiles only with the linear engine: %v", err)
		}
		for pos := 0; pos <= len(subj) && pos < 4; pos++ {
			for _, mode := range []ExecMode{0, NotEmptyAt} {
				loc, err := re.Exec(nil, subj, pos, mode)
				if err != nil {
					return
				}
				check(t, loc, subj, re.NumGroups())
				want, err := slow.Exec(nil, subj, pos, mode)
				if err != nil {
					return
				}
				if !slices.Equal(loc, want) {
					t.Fatalf("m/%s/%s on %q at %d: linear %v, backtracking %v", pat, flags, subj, pos, loc, want)
				}
			}
		}
		if _, err := re.SplitIndex(nil, subj, 0); err != nil && !IsTimeout(err) {
			t.Fatal(err)
		}
	})
}

func check(t *testing.T, loc []int, subj string, groups int) {
	t.Helper()
	if loc == nil {
		return
	}
	if len(loc) != 2*(groups+1) {
		t.Fatalf("loc %v for %d groups", loc, groups)
	}
	for i := 0; i < len(loc); i += 2 {
		if loc[i] == -1 && loc[i+1] == -1 && i > 0 {
			continue
		}
		if loc[i] < 0 || loc[i] > loc[i+1] || loc[i+1] > len(subj) {
			t.Fatalf("bad offsets %v in %q", loc, subj)
		}
	}
}

// FuzzTr checks that no transliteration panics.
func FuzzTr(f *testing.F) {
	f.Add("a-z", "A-Z", "cds", "Hello")
	f.Add(`\x00-\xff`, `\n-\r`, "", "ab\xe9")
	f.Fuzz(func(t *testing.T, from, to, flags, subj string) {
		tr, err := CompileTr(from, to, flags)
		if err != nil {
			return
		}
		res, n := tr.Apply(subj)
		if n < 0 || n > len(subj) || len(res) > len(subj) {
			t.Fatalf("tr/%s/%s/%s on %q: %q %d", from, to, flags, subj, res, n)
		}
	})
}
