package regex

import (
	"strconv"
	"strings"
)

// goEmitter writes a node tree in the syntax of Go's regexp package, for
// patterns whose meaning on an ASCII subject is the same under Go's
// leftmost-first engine as under perl's. It refuses everything else:
// backreferences, lookaround, atomic and possessive forms, \G, \K,
// conditionals, ^ under /m (perl's does not match after a final newline),
// repeats over more than 1000 or of something that can match the empty
// string (the engines differ on empty iterations), and $ or \Z anywhere
// but at the very end.
//
// $ and \Z at the end become (\n?)\z with a hidden group; the match ends
// where that group starts.
type goEmitter struct {
	b      strings.Builder
	groups int   // Go groups written so far
	perl   []int // Go group of each perl group
	tails  []int // Go groups of the $ at the end
	ctx    bool  // uses \A, ^, \b or \B, which look before the start
}

const goMaxRepeat = 1000

func (e *goEmitter) char(c int, inClass bool) {
	switch {
	case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
		e.b.WriteByte(byte(c))
	case !inClass && c > ' ' && c < 0x7F && !strings.ContainsRune(`\.+*?()|[]{}^$#-`, rune(c)):
		e.b.WriteByte(byte(c))
	default:
		e.b.WriteString(`\x{` + strconv.FormatInt(int64(c), 16) + `}`)
	}
}

// set writes one byte from s; the subject is ASCII, so only the ASCII
// members matter.
func (e *goEmitter) set(s byteSet) {
	s = s.and(byteSet{^uint64(0), ^uint64(0)})
	ascii := byteSet{^uint64(0), ^uint64(0)}
	switch {
	case s.empty():
		e.b.WriteString(`[^\x00-\x{10FFFF}]`)
		return
	case s == ascii:
		e.b.WriteString(`(?s:.)`)
		return
	case s == ascii.and(setOf('\n').not()):
		e.b.WriteString(`.`)
		return
	case s.count() == 1:
		e.char(s.ranges()[0][0], false)
		return
	}
	e.b.WriteByte('[')
	for _, r := range s.ranges() {
		e.char(r[0], true)
		if r[1] != r[0] {
			if r[1] > r[0]+1 {
				e.b.WriteByte('-')
			}
			e.char(r[1], true)
		}
	}
	e.b.WriteByte(']')
}

// emit writes n; tail says nothing can follow n in the pattern. It
// returns false when the pattern needs the backtracking engine.
func (e *goEmitter) emit(n *node, tail bool) bool {
	switch n.op {
	case opEmpty:
		return true
	case opSet:
		e.set(n.set)
		return true
	case opConcat:
		for i, s := range n.subs {
			wrap := s.op == opAlt
			if wrap {
				e.b.WriteString("(?:")
			}
			if !e.emit(s, tail && i == len(n.subs)-1) {
				return false
			}
			if wrap {
				e.b.WriteString(")")
			}
		}
		return true
	case opAlt:
		for i, s := range n.subs {
			if i > 0 {
				e.b.WriteByte('|')
			}
			if !e.emit(s, tail) {
				return false
			}
		}
		return true
	case opCapture:
		e.groups++
		for len(e.perl) <= n.cap {
			e.perl = append(e.perl, 0)
		}
		if e.perl[n.cap] != 0 {
			return false // a branch reset reuses numbers
		}
		e.perl[n.cap] = e.groups
		e.b.WriteString("(")
		ok := e.emit(n.subs[0], tail)
		e.b.WriteString(")")
		return ok
	case opRepeat:
		return e.repeat(n, tail)
	case opAssert:
		return e.assert(n, tail)
	}
	return false
}

func (e *goEmitter) repeat(n *node, tail bool) bool {
	if n.greed == possessive || n.min > goMaxRepeat || n.max > goMaxRepeat ||
		(n.max != unbounded && n.min > n.max) {
		return false
	}
	if least, _ := n.subs[0].width(); least == 0 {
		return false
	}
	e.b.WriteString("(?:")
	if !e.emit(n.subs[0], tail && n.max == 1) {
		return false
	}
	e.b.WriteString(")")
	e.b.WriteString(quantText(n.min, n.max))
	if n.greed == lazy {
		e.b.WriteByte('?')
	}
	return true
}

func (e *goEmitter) assert(n *node, tail bool) bool {
	switch n.assert {
	case assertBegin:
		e.ctx = true
		e.b.WriteString(`\A`)
	case assertLineEnd:
		e.b.WriteString(`(?m:$)`)
	case assertEnd:
		e.b.WriteString(`\z`)
	case assertEndNL:
		if !tail {
			return false
		}
		e.groups++
		e.tails = append(e.tails, e.groups)
		e.b.WriteString(`(\n?)\z`)
	case assertWord:
		e.ctx = true
		e.b.WriteString(`\b`)
	case assertNotWord:
		e.ctx = true
		e.b.WriteString(`\B`)
	default:
		return false
	}
	return true
}
