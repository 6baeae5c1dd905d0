package regex

import (
	"errors"
	"unsafe"

	"github.com/dlclark/regexp2"
)

// ExecMode changes how Exec searches.
type ExecMode uint8

const (
	// NotEmptyAt forbids a match that ends at the start position, that
	// is an empty match there (a longer match there, or any match
	// further on, is fine). It is perl's rule for the next m//g or
	// s///g search after a zero-length match, and for every split
	// search.
	NotEmptyAt ExecMode = 1 << iota
)

// Scratch keeps the engines' view of the last subject so that repeated
// searches of one string (m//g, s///g, split) convert it once. The zero
// value is ready to use. A Scratch is not safe for concurrent use; keep
// one per goroutine or interpreter.
type Scratch struct {
	s        string
	valid    bool
	runes    []rune
	hasRunes bool
	latin1   bool // runes holds the Latin-1 mapping
	highEnd  int  // offset after the last byte >= 0x80
	hasHigh  bool
	bm       byteMatch // the byte matcher's state, reused
}

// prepare points sc at s, dropping what it held if s is another string.
func (sc *Scratch) prepare(s string) {
	if sc.valid && len(s) == len(sc.s) && unsafe.StringData(s) == unsafe.StringData(sc.s) {
		return
	}
	sc.s, sc.valid, sc.hasRunes, sc.hasHigh = s, true, false, false
}

// runesOf is s as the backtracking engine sees it.
func (sc *Scratch) runesOf(latin1 bool) []rune {
	if !sc.hasRunes || sc.latin1 != latin1 {
		if cap(sc.runes) < len(sc.s) {
			sc.runes = make([]rune, len(sc.s))
		}
		sc.runes = sc.runes[:len(sc.s)]
		for i := 0; i < len(sc.s); i++ {
			sc.runes[i] = btRune(int(sc.s[i]), latin1)
		}
		sc.hasRunes, sc.latin1 = true, latin1
	}
	return sc.runes
}

// asciiFrom reports whether s[pos:] is all ASCII.
func (sc *Scratch) asciiFrom(pos int) bool {
	if !sc.hasHigh {
		sc.highEnd = 0
		for i := len(sc.s) - 1; i >= 0; i-- {
			if sc.s[i] >= 0x80 {
				sc.highEnd = i + 1
				break
			}
		}
		sc.hasHigh = true
	}
	return pos >= sc.highEnd
}

// MatchAt searches s for the leftmost match that starts at or after byte
// offset pos, and returns perl's @- and @+ for it interleaved: loc[2*i]
// and loc[2*i+1] are the start and end of group i (group 0 is the whole
// match, $&), or -1 for a group that did not take part. \G matches at pos.
// A match that runs past Options.MatchTimeout reports false; use Exec to
// tell that apart.
func (re *Regexp) MatchAt(s string, pos int) (loc []int, ok bool) {
	loc, err := re.Exec(nil, s, pos, 0)
	return loc, err == nil && loc != nil
}

// Exec is MatchAt with a Scratch (nil for none), a mode, and the error:
// ErrMatchTimeout when the time limit ran out. It returns nil, nil when
// there is no match.
func (re *Regexp) Exec(sc *Scratch, s string, pos int, mode ExecMode) ([]int, error) {
	return re.ExecInto(sc, s, pos, mode, nil)
}

// ExecInto is Exec that may return the offsets in dst's storage when it
// has room for them, sparing an allocation.
func (re *Regexp) ExecInto(sc *Scratch, s string, pos int, mode ExecMode, dst []int) ([]int, error) {
	if pos < 0 {
		pos = 0
	}
	if pos > len(s) {
		return nil, nil
	}
	if re.scan != nil {
		start, end, ok := re.scan.find(s, pos)
		if !ok {
			return nil, nil
		}
		return append(dst[:0], start, end), nil
	}
	if sc == nil {
		sc = &Scratch{}
	}
	from := pos // where the linear engine may start
	if mode == 0 && re.usePre {
		p := re.pre.start(s, pos)
		if p < 0 {
			return nil, nil
		}
		if !re.fastCtx {
			from = p
		}
		pos = p
	}
	sc.prepare(s)
	if re.bprog != nil && sc.asciiFrom(pos) {
		if loc, aborted := re.bprog.exec(re, sc, s, pos, mode, dst); !aborted {
			return loc, nil
		}
	}
	if re.fast != nil && (from == 0 || !re.fastCtx) && sc.asciiFrom(from) {
		loc := re.execFast(s, from)
		if loc == nil || mode&NotEmptyAt == 0 || loc[1] != pos {
			return loc, nil
		}
	}
	bt := re.bt
	if mode&NotEmptyAt != 0 {
		var err error
		if bt, err = re.notEmpty(); err != nil {
			return nil, err
		}
	}
	m, err := bt.FindRunesMatchStartingAt(sc.runesOf(re.latin1), pos)
	if err != nil {
		return nil, ErrMatchTimeout
	}
	if m == nil {
		return nil, nil
	}
	return re.locate(m), nil
}

// execFast runs the linear engine on s[pos:].
func (re *Regexp) execFast(s string, pos int) []int {
	got := re.fast.FindStringSubmatchIndex(s[pos:])
	if got == nil {
		return nil
	}
	if re.fastIdent {
		// Go's groups are perl's: shift the offsets in place.
		for i, v := range got {
			if v >= 0 {
				got[i] = v + pos
			}
		}
		return got
	}
	end := got[1]
	for _, g := range re.fastTails {
		if got[2*g] >= 0 {
			end = got[2*g]
		}
	}
	loc := make([]int, 2*(re.ncap+1))
	loc[0], loc[1] = got[0]+pos, end+pos
	for i := 1; i <= re.ncap; i++ {
		g := re.fastPerl[i]
		if got[2*g] < 0 {
			loc[2*i], loc[2*i+1] = -1, -1
			continue
		}
		loc[2*i], loc[2*i+1] = got[2*g]+pos, min(got[2*g+1], end)+pos
	}
	return loc
}

// locate turns a regexp2 match into perl offsets.
func (re *Regexp) locate(m *regexp2.Match) []int {
	loc := make([]int, 2*(re.ncap+1))
	loc[0], loc[1] = m.Index, m.Index+m.Length
	for i := 1; i <= re.ncap; i++ {
		g := m.GroupByNumber(i)
		if g == nil || len(g.Captures) == 0 {
			loc[2*i], loc[2*i+1] = -1, -1
			continue
		}
		loc[2*i], loc[2*i+1] = g.Index, g.Index+g.Length
	}
	if re.keep != 0 {
		if g := m.GroupByNumber(re.keep); g != nil && len(g.Captures) > 0 {
			loc[0] = g.Index
		}
	}
	return loc
}

// IsTimeout reports whether err is ErrMatchTimeout.
func IsTimeout(err error) bool { return errors.Is(err, ErrMatchTimeout) }
