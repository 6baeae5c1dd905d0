package regex

import "strings"

// scanner matches the simplest patterns, which split and m//g use most,
// by a direct scan of the bytes: a literal string (/,/, /foo/) or one
// class repeated (/\s+/, /[,;]/, /\d{2,4}/, with at least one repeat).
// Such patterns have no groups and no assertions, so the scan finds
// exactly the match perl would, on any bytes.
type scanner struct {
	lit      string  // the literal, when set is nil
	set      byteSet // the class
	isSet    bool
	min, max int // repeats of the class; max is unbounded for none
	lazy     bool
}

// newScanner returns a scanner for tree, or nil when tree is not simple.
func newScanner(tree *node) *scanner {
	if s := literalOf(tree); s != "" {
		return &scanner{lit: s}
	}
	n := tree
	sc := &scanner{min: 1, max: 1}
	if n.op == opRepeat {
		if n.min < 1 || (n.max != unbounded && n.max < n.min) {
			return nil
		}
		sc.min, sc.max, sc.lazy = n.min, n.max, n.greed == lazy
		n = n.subs[0]
	}
	if n.op != opSet {
		return nil
	}
	sc.set, sc.isSet = n.set, true
	return sc
}

// literalOf returns the string n always matches when n is a sequence of
// single bytes, or "".
func literalOf(n *node) string {
	var b strings.Builder
	one := func(s *node) bool {
		if s.op != opSet || s.set.count() != 1 {
			return false
		}
		b.WriteByte(byte(s.set.ranges()[0][0]))
		return true
	}
	switch n.op {
	case opSet:
		if !one(n) {
			return ""
		}
	case opConcat:
		for _, s := range n.subs {
			if !one(s) {
				return ""
			}
		}
	default:
		return ""
	}
	return b.String()
}

// find returns the leftmost match at or after pos. Every match is at
// least one byte long, so perl's rule against an empty match at pos never
// applies.
func (sc *scanner) find(s string, pos int) (start, end int, ok bool) {
	if !sc.isSet {
		i := strings.Index(s[pos:], sc.lit)
		if i < 0 {
			return 0, 0, false
		}
		return pos + i, pos + i + len(sc.lit), true
	}
	for i := pos; i < len(s); {
		if !sc.set.has(int(s[i])) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && sc.set.has(int(s[j])) && (sc.max == unbounded || j-i < sc.max) {
			j++
		}
		if run := j - i; run >= sc.min {
			if sc.lazy {
				return i, i + sc.min, true
			}
			return i, j, true
		}
		// Every start inside this run has a shorter run.
		for j < len(s) && sc.set.has(int(s[j])) {
			j++
		}
		i = j
	}
	return 0, 0, false
}
