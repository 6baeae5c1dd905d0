package regex

// op is the kind of a pattern node.
type op uint8

const (
	opEmpty   op = iota // the empty string
	opSet               // one byte from set
	opConcat            // subs in sequence
	opAlt               // one of subs, leftmost first
	opCapture           // group cap around subs[0]
	opRepeat            // subs[0] min..max times (max -1: no limit)
	opLook              // lookahead or lookbehind (behind, neg) of subs[0]
	opAtomic            // (?>subs[0])
	opAssert            // zero-width assertion
	opBackref           // the text of the leftmost set group in refs
	opCond              // (?(cond)subs[1]|subs[2]); cond is refs, or subs[0] when a lookaround
	opKeep              // \K
	opFail              // (*FAIL)
)

// greed is how a quantifier backtracks.
type greed uint8

const (
	greedy greed = iota
	lazy
	possessive
)

// assertion is the kind of an opAssert node.
type assertion uint8

const (
	assertBegin   assertion = iota // \A, and ^ without /m
	assertLineBeg                  // ^ under /m: start, or after \n not at the end
	assertEndNL                    // \Z, and $ without /m: end, or before a final \n
	assertLineEnd                  // $ under /m: end, or before any \n
	assertEnd                      // \z
	assertWord                     // \b
	assertNotWord                  // \B
	assertG                        // \G: the position the search started at
)

// node is one element of a parsed pattern. All modifiers are resolved
// while parsing: a node means the same wherever it is emitted.
type node struct {
	op      op
	set     byteSet   // opSet
	subs    []*node   // children
	min     int       // opRepeat
	max     int       // opRepeat; -1 for no upper bound
	greed   greed     // opRepeat
	cap     int       // opCapture: group number
	neg     bool      // opLook: negative
	behind  bool      // opLook: lookbehind
	assert  assertion // opAssert
	word    byteSet   // opAssert \b and \B: the word characters
	refs    []int     // opBackref, opCond: group numbers, leftmost first
	fold    bool      // opBackref: case-insensitive
	foldUni bool      // opBackref: folding under Unicode rules
	pos     int       // offset in the pattern, for messages
}

const unbounded = -1

// capWidth keeps widths of nested repeats from overflowing; anything past
// the cap is far beyond what a lookbehind may be.
func capWidth(w int) int { return min(w, 1<<30) }

// width returns the least and the most bytes n can match; most is
// unbounded when there is no limit.
func (n *node) width() (least, most int) {
	switch n.op {
	case opSet:
		return 1, 1
	case opConcat:
		for _, s := range n.subs {
			l, m := s.width()
			least = capWidth(least + l)
			if most != unbounded {
				if m == unbounded {
					most = unbounded
				} else {
					most = capWidth(most + m)
				}
			}
		}
		return least, most
	case opAlt:
		for i, s := range n.subs {
			l, m := s.width()
			if i == 0 || l < least {
				least = l
			}
			if most != unbounded && (m == unbounded || m > most) {
				most = m
			}
		}
		return least, most
	case opCapture, opAtomic:
		return n.subs[0].width()
	case opRepeat:
		if n.max != unbounded && n.min > n.max {
			return 0, 0 // never matches
		}
		l, m := n.subs[0].width()
		least = capWidth(l * n.min)
		switch {
		case n.max == 0 || m == 0:
			most = 0
		case n.max == unbounded || m == unbounded:
			most = unbounded
		default:
			most = capWidth(m * n.max)
		}
		return least, most
	case opBackref:
		return 0, unbounded
	case opCond:
		yl, ym := n.subs[1].width()
		nl, nm := 0, 0
		if n.subs[2] != nil {
			nl, nm = n.subs[2].width()
		}
		least, most = min(yl, nl), max(ym, nm)
		if ym == unbounded || nm == unbounded {
			most = unbounded
		}
		return least, most
	}
	return 0, 0
}

// walk calls f on n and every node below it, parents first.
func (n *node) walk(f func(*node)) {
	if n == nil {
		return
	}
	f(n)
	for _, s := range n.subs {
		s.walk(f)
	}
}
