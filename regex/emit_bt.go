package regex

import (
	"strconv"
	"strings"
)

// The backtracking engine (regexp2) matches runes, one per subject byte,
// so offsets stay byte offsets. A byte b above 0x7F becomes the private
// rune highBase+b, so that it takes no part in the engine's own Unicode
// case folding or word classes; only a pattern with a case-insensitive
// backreference under Unicode rules, which needs the engine to fold
// Latin-1 letters, sees bytes as the Latin-1 runes they are.
const highBase = 0x10FF00

// btRune is the rune the backtracking engine sees for byte b.
func btRune(b int, latin1 bool) rune {
	if b < 0x80 || latin1 {
		return rune(b)
	}
	return rune(highBase + b)
}

// btEmitter writes a node tree in regexp2's syntax. Every capturing group
// is written with an explicit number, so perl's numbering (branch reset
// included) survives, and \K becomes an empty group numbered keep.
type btEmitter struct {
	b      strings.Builder
	keep   int
	latin1 bool // bytes are Latin-1 runes, see btRune
}

var asciiWord = rules{}.class(clsWord)

func (e *btEmitter) rune(r rune, inClass bool) {
	switch {
	case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '_':
		e.b.WriteRune(r)
	case !inClass && r > ' ' && r < 0x7F && !strings.ContainsRune(`\.+*?()|[]{}^$#-`, r):
		e.b.WriteRune(r)
	default:
		e.b.WriteString(`\x{`)
		e.b.WriteString(strconv.FormatInt(int64(r), 16))
		e.b.WriteString(`}`)
	}
}

// set writes one byte from s.
func (e *btEmitter) set(s byteSet) {
	notNL := allBytes.and(setOf('\n').not())
	switch {
	case s.empty():
		e.b.WriteString(`(?!)`)
		return
	case s == allBytes:
		e.b.WriteString(`(?s:.)`)
		return
	case s == notNL:
		e.b.WriteString(`.`)
		return
	case s.count() == 1:
		e.rune(btRune(s.ranges()[0][0], e.latin1), false)
		return
	}
	e.b.WriteByte('[')
	for _, r := range s.ranges() {
		lo, hi := r[0], r[1]
		if lo < 0x80 && hi >= 0x80 {
			e.span(btRune(lo, e.latin1), btRune(0x7F, e.latin1))
			lo = 0x80
		}
		e.span(btRune(lo, e.latin1), btRune(hi, e.latin1))
	}
	e.b.WriteByte(']')
}

func (e *btEmitter) span(lo, hi rune) {
	e.rune(lo, true)
	if hi != lo {
		if hi > lo+1 {
			e.b.WriteByte('-')
		}
		e.rune(hi, true)
	}
}

// atomic reports whether n is written as one unit that a quantifier can
// follow directly.
func btAtomic(n *node) bool {
	switch n.op {
	case opSet, opCapture, opLook, opAtomic, opBackref, opFail:
		return true
	}
	return false
}

func (e *btEmitter) emit(n *node) {
	switch n.op {
	case opEmpty:
	case opSet:
		e.set(n.set)
	case opConcat:
		for _, s := range n.subs {
			if s.op == opAlt {
				e.b.WriteString("(?:")
				e.emit(s)
				e.b.WriteString(")")
			} else {
				e.emit(s)
			}
		}
	case opAlt:
		for i, s := range n.subs {
			if i > 0 {
				e.b.WriteByte('|')
			}
			e.emit(s)
		}
	case opCapture:
		e.b.WriteString("(?<" + strconv.Itoa(n.cap) + ">")
		e.emit(n.subs[0])
		e.b.WriteString(")")
	case opRepeat:
		e.repeat(n)
	case opLook:
		switch {
		case n.behind && n.neg:
			e.b.WriteString("(?<!")
		case n.behind:
			e.b.WriteString("(?<=")
		case n.neg:
			e.b.WriteString("(?!")
		default:
			e.b.WriteString("(?=")
		}
		e.emit(n.subs[0])
		e.b.WriteString(")")
	case opAtomic:
		e.b.WriteString("(?>")
		e.emit(n.subs[0])
		e.b.WriteString(")")
	case opAssert:
		e.assert(n)
	case opBackref:
		e.backref(n)
	case opCond:
		e.cond(n, 0)
	case opKeep:
		e.b.WriteString("(?<" + strconv.Itoa(e.keep) + ">)")
	case opFail:
		e.b.WriteString("(?!)")
	}
}

func (e *btEmitter) repeat(n *node) {
	if n.max != unbounded && n.min > n.max {
		// Never matches; the body stays so its groups exist.
		e.b.WriteString("(?:(?!)")
		e.emit(n.subs[0])
		e.b.WriteString(")")
		return
	}
	if n.greed == possessive {
		e.b.WriteString("(?>")
	}
	if btAtomic(n.subs[0]) {
		e.emit(n.subs[0])
	} else {
		e.b.WriteString("(?:")
		e.emit(n.subs[0])
		e.b.WriteString(")")
	}
	e.b.WriteString(quantText(n.min, n.max))
	if n.greed == lazy {
		e.b.WriteByte('?')
	}
	if n.greed == possessive {
		e.b.WriteString(")")
	}
}

// quantText is the quantifier for min..max.
func quantText(lo, hi int) string {
	switch {
	case lo == 0 && hi == unbounded:
		return "*"
	case lo == 1 && hi == unbounded:
		return "+"
	case lo == 0 && hi == 1:
		return "?"
	case hi == unbounded:
		return "{" + strconv.Itoa(lo) + ",}"
	case lo == hi:
		return "{" + strconv.Itoa(lo) + "}"
	}
	return "{" + strconv.Itoa(lo) + "," + strconv.Itoa(hi) + "}"
}

func (e *btEmitter) assert(n *node) {
	switch n.assert {
	case assertBegin:
		e.b.WriteString(`\A`)
	case assertLineBeg:
		e.b.WriteString(`(?:\A|(?<=\n)(?!\z))`)
	case assertEndNL:
		e.b.WriteString(`\Z`)
	case assertLineEnd:
		e.b.WriteString(`(?=\n|\z)`)
	case assertEnd:
		e.b.WriteString(`\z`)
	case assertG:
		e.b.WriteString(`\G`)
	case assertWord, assertNotWord:
		if n.word == asciiWord && !e.latin1 {
			if n.assert == assertWord {
				e.b.WriteString(`\b`)
			} else {
				e.b.WriteString(`\B`)
			}
			return
		}
		var w strings.Builder
		sub := btEmitter{latin1: e.latin1}
		sub.set(n.word)
		w.WriteString(sub.b.String())
		ws := w.String()
		if n.assert == assertWord {
			e.b.WriteString(`(?:(?<=` + ws + `)(?!` + ws + `)|(?<!` + ws + `)(?=` + ws + `))`)
		} else {
			e.b.WriteString(`(?:(?<=` + ws + `)(?=` + ws + `)|(?<!` + ws + `)(?!` + ws + `))`)
		}
	}
}

// backref matches the text of the leftmost group of n.refs that is set.
func (e *btEmitter) backref(n *node) {
	one := func(g int) {
		if n.fold {
			e.b.WriteString(`(?i:\k<` + strconv.Itoa(g) + `>)`)
		} else {
			e.b.WriteString(`\k<` + strconv.Itoa(g) + `>`)
		}
	}
	if len(n.refs) == 1 {
		one(n.refs[0])
		return
	}
	e.b.WriteString("(?:")
	for _, g := range n.refs {
		e.b.WriteString("(?(" + strconv.Itoa(g) + ")")
		one(g)
		e.b.WriteString("|")
	}
	e.b.WriteString("(?!)")
	e.b.WriteString(strings.Repeat(")", len(n.refs)+1))
}

// cond writes (?(cond)yes|no); a named condition over several groups is
// true when any of them is set.
func (e *btEmitter) cond(n *node, i int) {
	yes, no := n.subs[1], n.subs[2]
	if n.subs[0] == nil && len(n.refs) == 0 {
		if no != nil {
			e.group(no)
		}
		return
	}
	e.b.WriteString("(?(")
	if l := n.subs[0]; l != nil {
		e.emit(l)
	} else {
		e.b.WriteString(strconv.Itoa(n.refs[i]))
	}
	e.b.WriteString(")")
	e.group(yes)
	e.b.WriteString("|")
	switch {
	case n.subs[0] == nil && i+1 < len(n.refs):
		e.cond(n, i+1)
	case no != nil:
		e.group(no)
	}
	e.b.WriteString(")")
}

// group writes n inside (?:...) so alternation in it stays inside.
func (e *btEmitter) group(n *node) {
	e.b.WriteString("(?:")
	e.emit(n)
	e.b.WriteString(")")
}
