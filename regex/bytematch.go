package regex

// The byte matcher runs perl's own backtracking algorithm directly over
// the node tree, for the common patterns made of classes, literals,
// groups, alternation, greedy, lazy and possessive repeats and the
// anchors. A repeat of one class, the usual \w+ .* [^"]* \d+, is a scan
// and a loop rather than a recursion per byte, which is what makes it
// faster than Go's regexp on short lines and than its NFA on long
// strings. Repeats of anything but one class that can match the empty
// string or are possessive are left to the other engines. It has a step
// budget: a pattern that backtracks too much gives
// up and the search is done again by the linear engine.

// maxLoopDepth bounds the iterations of a repeat of a group.
const maxLoopDepth = 5000

// matcher tries to match at i and then the continuation it was compiled
// with; it reports success.
type matcher func(m *byteMatch, i int) bool

// byteMatch is the state of one search.
type byteMatch struct {
	s        string
	caps     []int // perl's offsets, interleaved
	open     []int // where each group opened, pending its close
	counts   []int // iterations of each general repeat
	end      int   // where the match ended
	steps    int
	budget   int
	aborted  bool
	from     int  // where the search started (\G, NotEmptyAt)
	notEmpty bool // a match may not end at from when it starts there
	start    int  // where the current attempt started
}

// byteProg is a compiled pattern for the byte matcher.
type byteProg struct {
	root    matcher
	ncap    int
	nrep    int
	hasCaps bool
}

// newByteProg compiles tree, or returns nil when it has a construct the
// byte matcher does not run.
func newByteProg(tree *node, ncap int) *byteProg {
	if !byteMatchable(tree) {
		return nil
	}
	p := &byteProg{ncap: ncap}
	done := func(m *byteMatch, i int) bool {
		if m.notEmpty && i == m.from && m.start == m.from {
			return false
		}
		m.end = i
		return true
	}
	p.root = p.compile(tree, done)
	return p
}

// byteMatchable reports whether every node of n is one the matcher runs.
func byteMatchable(n *node) bool {
	ok := true
	n.walk(func(x *node) {
		switch x.op {
		case opEmpty, opSet, opConcat, opAlt, opCapture:
		case opRepeat:
			if x.max != unbounded && x.min > x.max {
				ok = false
			}
			if x.subs[0].op != opSet {
				if least, _ := x.subs[0].width(); least == 0 || x.greed == possessive {
					ok = false // empty iterations, atomic loops: leave them to the others
				}
			}
		case opAssert:
			if x.assert == assertG {
				ok = false
			}
		default:
			ok = false
		}
	})
	return ok
}

func (p *byteProg) compile(n *node, next matcher) matcher {
	switch n.op {
	case opEmpty:
		return next
	case opSet:
		set := tableOf(n.set)
		return func(m *byteMatch, i int) bool {
			return i < len(m.s) && set[m.s[i]] && next(m, i+1)
		}
	case opConcat:
		for k := len(n.subs) - 1; k >= 0; k-- {
			next = p.compile(n.subs[k], next)
		}
		return next
	case opAlt:
		alts := make([]matcher, len(n.subs))
		for k, s := range n.subs {
			alts[k] = p.compile(s, next)
		}
		return func(m *byteMatch, i int) bool {
			for _, a := range alts {
				if a(m, i) {
					return true
				}
				if m.aborted {
					return false
				}
			}
			return false
		}
	case opCapture:
		c := n.cap
		p.hasCaps = true
		closeFn := func(m *byteMatch, j int) bool {
			os, oe := m.caps[2*c], m.caps[2*c+1]
			m.caps[2*c], m.caps[2*c+1] = m.open[c], j
			if next(m, j) {
				return true
			}
			m.caps[2*c], m.caps[2*c+1] = os, oe
			return false
		}
		inner := p.compile(n.subs[0], closeFn)
		return func(m *byteMatch, i int) bool {
			old := m.open[c]
			m.open[c] = i
			if inner(m, i) {
				return true
			}
			m.open[c] = old
			return false
		}
	case opRepeat:
		if n.subs[0].op == opSet {
			return setRepeat(n, next)
		}
		return p.loop(n, next)
	case opAssert:
		test := assertTest(n)
		return func(m *byteMatch, i int) bool { return test(m.s, i) && next(m, i) }
	}
	panic("regex: byte matcher compiled an unsupported node")
}

// setRepeat is a repeat of one class: scan the run, then try the rest
// from the longest (greedy), the shortest (lazy) or only the longest
// (possessive) length.
func setRepeat(n *node, next matcher) matcher {
	set, lo, hi, greed := tableOf(n.subs[0].set), n.min, n.max, n.greed
	return func(m *byteMatch, i int) bool {
		s := m.s
		limit := len(s)
		if hi != unbounded && i+hi < limit {
			limit = i + hi
		}
		switch greed {
		case lazy:
			j := i
			for ; j < i+lo; j++ {
				if j >= len(s) || !set[s[j]] {
					return false
				}
			}
			for {
				m.steps++
				if next(m, j) {
					return true
				}
				if m.aborted || m.steps > m.budget {
					m.aborted = true
					return false
				}
				if j >= limit || !set[s[j]] {
					return false
				}
				j++
			}
		}
		j := i
		for j < limit && set[s[j]] {
			j++
		}
		if j-i < lo {
			return false
		}
		if greed == possessive {
			return next(m, j)
		}
		for ; j >= i+lo; j-- {
			m.steps++
			if next(m, j) {
				return true
			}
			if m.aborted || m.steps > m.budget {
				m.aborted = true
				return false
			}
		}
		return false
	}
}

// loop is a repeat of anything else (which cannot match empty): each
// iteration runs the body with a continuation that counts it and goes
// round again; the count lives in the match state, saved and restored
// around each step so that backtracking sees the right one.
func (p *byteProg) loop(n *node, next matcher) matcher {
	id := p.nrep
	p.nrep++
	lo, hi, greed := n.min, n.max, n.greed
	var body, again matcher
	again = func(m *byteMatch, i int) bool {
		c := m.counts[id]
		m.steps++
		if m.steps > m.budget || c > maxLoopDepth {
			// Each iteration nests a call: very long loops go to the
			// other engines rather than grow the stack without bound.
			m.aborted = true
			return false
		}
		more := hi == unbounded || c < hi
		if greed == lazy && c >= lo {
			if next(m, i) {
				return true
			}
			if m.aborted || !more {
				return false
			}
			return body(m, i)
		}
		if more && body(m, i) {
			return true
		}
		if m.aborted {
			return false
		}
		return c >= lo && next(m, i)
	}
	after := func(m *byteMatch, j int) bool {
		c := m.counts[id]
		m.counts[id] = c + 1
		if again(m, j) {
			return true
		}
		m.counts[id] = c
		return false
	}
	body = p.compile(n.subs[0], after)
	return func(m *byteMatch, i int) bool {
		saved := m.counts[id]
		m.counts[id] = 0
		if again(m, i) {
			return true
		}
		m.counts[id] = saved
		return false
	}
}

// assertTest returns the test of a zero-width assertion at offset i.
func assertTest(n *node) func(s string, i int) bool {
	word := n.word
	isWord := func(s string, i int) bool { return i >= 0 && i < len(s) && word.has(int(s[i])) }
	switch n.assert {
	case assertBegin:
		return func(s string, i int) bool { return i == 0 }
	case assertLineBeg:
		return func(s string, i int) bool { return i == 0 || (s[i-1] == '\n' && i < len(s)) }
	case assertEndNL:
		return func(s string, i int) bool { return i == len(s) || (i == len(s)-1 && s[i] == '\n') }
	case assertLineEnd:
		return func(s string, i int) bool { return i == len(s) || s[i] == '\n' }
	case assertEnd:
		return func(s string, i int) bool { return i == len(s) }
	case assertWord:
		return func(s string, i int) bool { return isWord(s, i-1) != isWord(s, i) }
	case assertNotWord:
		return func(s string, i int) bool { return isWord(s, i-1) == isWord(s, i) }
	}
	panic("regex: byte matcher compiled an unsupported assertion")
}

// exec searches s from pos; it returns the offsets, or nil, and whether
// it gave up on its step budget.
func (p *byteProg) exec(re *Regexp, sc *Scratch, s string, pos int, mode ExecMode, dst []int) (loc []int, aborted bool) {
	n := 2 * (p.ncap + 1)
	// The state lives in the Scratch, so a search allocates only the
	// offsets of a match it returns.
	m := &sc.bm
	*m = byteMatch{s: s, from: pos, notEmpty: mode&NotEmptyAt != 0, budget: 200*len(s) + 20000,
		caps: sc.bm.caps[:0], open: sc.bm.open[:0], counts: sc.bm.counts[:0]}
	m.caps = append(m.caps, make([]int, n)...)
	m.open = append(m.open, make([]int, p.ncap+1)...)
	m.counts = append(m.counts, make([]int, p.nrep)...)
	for start := pos; start <= len(s); start++ {
		if re.usePre && mode == 0 {
			if start = re.pre.start(s, start); start < 0 {
				return nil, false
			}
		}
		if p.hasCaps {
			for i := range m.caps {
				m.caps[i] = -1
			}
		}
		m.start = start
		if p.root(m, start) {
			m.caps[0], m.caps[1] = start, m.end
			// The caller keeps the offsets: a copy (in dst when it has
			// room), the buffer stays.
			return append(dst[:0], m.caps...), false
		}
		if m.aborted {
			return nil, true
		}
		if re.pre.anchored {
			return nil, false
		}
	}
	return nil, false
}

// tableOf is a set as a lookup table, the fastest test of a byte.
func tableOf(set byteSet) *[256]bool {
	var t [256]bool
	for c := range t {
		t[c] = set.has(c)
	}
	return &t
}
