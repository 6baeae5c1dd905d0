package regex

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestMatchTimeout checks that catastrophic backtracking stops at the
// time limit with ErrMatchTimeout.
func TestMatchTimeout(t *testing.T) {
	re, err := CompileOptions(`(a+)+$`, "", Options{MatchTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	// A byte above 0x7F after the first possible start keeps the
	// subject off the linear engine.
	subj := strings.Repeat("a", 40) + "\xe9b"
	start := time.Now()
	loc, err := re.Exec(nil, subj, 0, 0)
	if !errors.Is(err, ErrMatchTimeout) || loc != nil {
		t.Fatalf("got %v, %v; want ErrMatchTimeout", loc, err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("timed out after %v", d)
	}
	if err.Error() != "Regex match exceeded time limit" {
		t.Errorf("message %q", err)
	}
	if _, ok := re.MatchAt(subj, 0); ok {
		t.Errorf("MatchAt reported a match after a timeout")
	}
	if _, err := re.SplitIndex(nil, subj, 0); !IsTimeout(err) {
		t.Errorf("SplitIndex: got %v, want ErrMatchTimeout", err)
	}
}

// TestLinearAvoidsBacktracking checks that an ASCII subject runs the
// same pattern on the linear engine, in no time and with no limit.
func TestLinearAvoidsBacktracking(t *testing.T) {
	re := MustCompile(`(a+)+$`, "")
	if !re.Linear() {
		t.Fatal("(a+)+$ should run on the linear engine")
	}
	start := time.Now()
	if _, ok := re.MatchAt(strings.Repeat("a", 5000)+"b", 0); ok {
		t.Error("unexpected match")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}

// TestConcurrent shares one Regexp and one Tr between goroutines.
func TestConcurrent(t *testing.T) {
	re := MustCompile(`(\w+)=(\d+)`, "")
	bt := MustCompile(`(\w+)=(?=\d)(\d+)`, "")
	tr, err := CompileTr("a-z", "A-Z", "")
	if err != nil {
		t.Fatal(err)
	}
	subj := strings.Repeat("key=12 other=345 ", 50)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var sc Scratch
			for i := 0; i < 50; i++ {
				for _, r := range []*Regexp{re, bt} {
					n, pos := 0, 0
					for {
						loc, err := r.Exec(&sc, subj, pos, 0)
						if err != nil || loc == nil {
							break
						}
						n++
						pos = loc[1]
					}
					if n != 100 {
						t.Errorf("%d matches, want 100", n)
						return
					}
				}
				if _, n := tr.Apply(subj); n != 400 {
					t.Errorf("tr counted %d", n)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestMatchAtPositions checks start positions, \G and out-of-range pos.
func TestMatchAtPositions(t *testing.T) {
	re := MustCompile(`\Ga`, "")
	if loc, ok := re.MatchAt("baa", 1); !ok || loc[0] != 1 {
		t.Errorf(`\Ga at 1: %v %v`, loc, ok)
	}
	if _, ok := re.MatchAt("baa", 0); ok {
		t.Errorf(`\Ga at 0 matched`)
	}
	if !re.UsesG() {
		t.Errorf("UsesG false")
	}
	lit := MustCompile(`b`, "")
	if _, ok := lit.MatchAt("abc", 5); ok {
		t.Errorf("pos past the end matched")
	}
	if loc, ok := lit.MatchAt("abc", -3); !ok || loc[0] != 1 {
		t.Errorf("negative pos: %v %v", loc, ok)
	}
	// \b before pos looks at the byte before it, on both engines.
	w := MustCompile(`\bc`, "")
	if _, ok := w.MatchAt("abc", 2); ok {
		t.Errorf(`\bc matched inside a word`)
	}
}

// TestGroupInfo checks NumGroups, GroupNames and Names.
func TestGroupInfo(t *testing.T) {
	re := MustCompile(`(?<y>\d+)-(\d+)-(?<d>\d+)|(?<y>x)`, "")
	if re.NumGroups() != 4 {
		t.Errorf("NumGroups %d", re.NumGroups())
	}
	names := re.GroupNames()
	if len(names["y"]) != 2 || names["y"][0] != 1 || names["y"][1] != 4 || names["d"][0] != 3 {
		t.Errorf("GroupNames %v", names)
	}
	if n := re.Names(); len(n) != 2 || n[0] != "y" || n[1] != "d" {
		t.Errorf("Names %v", n)
	}
	if re.Pattern() != `(?<y>\d+)-(\d+)-(?<d>\d+)|(?<y>x)` {
		t.Errorf("Pattern %q", re.Pattern())
	}
}

// TestCache checks hits, eviction and cached errors.
func TestCache(t *testing.T) {
	c := NewCache(2, Options{})
	a1, _ := c.Compile("a", "")
	a2, _ := c.Compile("a", "")
	if a1 != a2 {
		t.Error("second Compile missed the cache")
	}
	if _, err := c.Compile("(", ""); err == nil {
		t.Error("bad pattern compiled")
	}
	c.Compile("b", "")
	if c.Len() != 2 {
		t.Errorf("Len %d", c.Len())
	}
	if a3, _ := c.Compile("a", ""); a3 == a1 {
		t.Error("a should have been evicted")
	}
	if i1, _ := c.Compile("a", "i"); i1.String() != "(?^i:a)" {
		t.Errorf("flags ignored: %s", i1)
	}
}
