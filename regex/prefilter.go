package regex

// prefilter narrows where a search must start, before an engine runs:
// perl does the same with its start-class and anchored-end
// optimisations. Both checks only skip starts where no match can begin.
type prefilter struct {
	// first is the set of bytes a match can begin with, when the pattern
	// cannot match the empty string (hasFirst).
	first    *[256]bool
	hasFirst bool
	// anchored is set when the pattern starts with \A (or ^ without /m):
	// it can only match at offset 0.
	anchored bool
	// endBack is, for a pattern that ends with $ or \Z (without /m) or
	// \z and has a bounded width, how far before the end of the subject
	// a match can start at most; -1 otherwise.
	endBack int
}

// newPrefilter analyses tree.
func newPrefilter(tree *node) prefilter {
	p := prefilter{endBack: -1}
	if set, empty := firstBytes(tree); !empty {
		p.first, p.hasFirst = tableOf(set), true
	}
	p.anchored = startsAnchored(tree)
	if tree.op == opConcat && len(tree.subs) > 0 {
		last := tree.subs[len(tree.subs)-1]
		if last.op == opAssert && (last.assert == assertEndNL || last.assert == assertEnd) {
			if _, most := tree.width(); most != unbounded {
				p.endBack = most
				if last.assert == assertEndNL {
					p.endBack++
				}
			}
		}
	}
	return p
}

// start returns the first offset at or after pos where a match can begin,
// or -1 when no match is possible.
func (p *prefilter) start(s string, pos int) int {
	if p.anchored && pos > 0 {
		return -1
	}
	if p.endBack >= 0 && len(s)-p.endBack > pos {
		if p.anchored {
			return -1
		}
		pos = len(s) - p.endBack
	}
	if !p.hasFirst {
		return pos
	}
	if p.anchored {
		if pos < len(s) && p.first[s[pos]] {
			return pos
		}
		return -1
	}
	for i := pos; i < len(s); i++ {
		if p.first[s[i]] {
			return i
		}
	}
	return -1
}

// all is every byte.
var all = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// firstBytes returns the bytes a match of n can begin with, and whether n
// can match the empty string (then what follows n can begin the match
// too).
func firstBytes(n *node) (set byteSet, empty bool) {
	switch n.op {
	case opEmpty, opAssert, opLook, opKeep:
		return byteSet{}, true
	case opSet:
		return n.set, false
	case opConcat:
		for _, s := range n.subs {
			f, e := firstBytes(s)
			set = set.or(f)
			if !e {
				return set, false
			}
		}
		return set, true
	case opAlt:
		for _, s := range n.subs {
			f, e := firstBytes(s)
			set = set.or(f)
			empty = empty || e
		}
		return set, empty
	case opCapture, opAtomic:
		return firstBytes(n.subs[0])
	case opRepeat:
		if n.max == 0 {
			return byteSet{}, true
		}
		f, e := firstBytes(n.subs[0])
		return f, e || n.min == 0
	}
	// Backreferences, conditionals, (*FAIL): anything.
	return all, true
}

// startsAnchored reports whether every match of n must start at offset 0.
func startsAnchored(n *node) bool {
	for {
		switch n.op {
		case opAssert:
			return n.assert == assertBegin
		case opConcat:
			if len(n.subs) == 0 {
				return false
			}
			n = n.subs[0]
		case opCapture, opAtomic:
			n = n.subs[0]
		default:
			return false
		}
	}
}
