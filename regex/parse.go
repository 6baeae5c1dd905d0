package regex

import "strings"

// parser turns a perl pattern into a node tree. It resolves modifiers as it
// goes, so the tree needs no flags to be understood.
type parser struct {
	src     string
	pos     int
	mode    modes
	uni     bool // this pass uses Unicode rules for /d
	needUni bool // a construct that needs Unicode rules was seen
	// ruleDep is set when a construct whose meaning depends on /d versus
	// Unicode rules came before the first one that needs Unicode rules;
	// perl then recompiles under /u and shows "u" in the qr// string.
	ruleDep bool
	// reparse is set by what makes perl parse the pattern twice (a
	// branch reset, a reference to a group not yet seen); a pattern that
	// needs Unicode rules then also shows "u".
	reparse   bool
	wide      bool // a code point above 0xFF was seen
	runOn     bool // a /x comment ran to the end of the pattern
	ncap      int  // groups opened so far
	names     map[string][]int
	order     []string // group names in order of first appearance
	pending   []pendingRef
	looks     int  // lookaround nesting depth
	hasKeep   bool // \K seen
	classOpen int  // offset of the "[" of the class being parsed
}

// pendingRef is a group reference checked once all groups are known.
type pendingRef struct {
	n    *node
	num  int    // group number, or 0 for a name
	name string // group name
	at   int    // offset for the message
	rel  bool   // written as a relative \g{-N}
}

// fail builds a syntax error marked at offset at (-1: no marker).
func (p *parser) fail(at int, msg string) error {
	if at > len(p.src) {
		at = len(p.src)
	}
	return &Error{Msg: msg, Pattern: p.src, Offset: at}
}

// unsupported builds the error for a construct perl has and this
// package does not.
func (p *parser) unsupported(at int, what string) error {
	return &Error{Msg: "Sequence " + what + " not supported by miniperl", Pattern: p.src, Offset: at, Unsupported: true}
}

func (p *parser) rules() rules { return rules{cs: p.mode.cs, uni: p.uni} }

func (p *parser) eof() bool { return p.pos >= len(p.src) }

func (p *parser) peek() byte {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *parser) lookingAt(s string) bool { return strings.HasPrefix(p.src[p.pos:], s) }

// literal is the node for code point c, folded under /i.
func (p *parser) literal(c rune, at int) *node {
	if c > 0xFF {
		p.wide = true
		p.needUni = true
	}
	r := foldNone
	if p.mode.i {
		r = p.rules().fold()
	}
	set := &node{op: opSet, set: foldsOf(c, r), pos: at}
	if _, multi := fullFolds[c]; p.mode.i && (multi || foldsOf(c, foldASCII) != foldsOf(c, foldUnicode)) {
		p.noteRules()
	}
	if multi, ok := fullFolds[c]; ok && r == foldUnicode {
		seq := &node{op: opConcat, pos: at}
		for _, m := range multi {
			seq.subs = append(seq.subs, &node{op: opSet, set: foldsOf(m, r), pos: at})
		}
		if set.set.empty() {
			return seq
		}
		return &node{op: opAlt, subs: []*node{set, seq}, pos: at}
	}
	return set
}

// fullFolds are the characters whose full case fold is a string of
// several bytes; under Unicode rules /i a literal one matches that string.
// (The other direction, "ss" matching "\xDF", is not supported.)
var fullFolds = map[rune]string{
	0xDF: "ss", 0x1E9E: "ss",
	0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
	0xFB05: "st", 0xFB06: "st",
}

func setNode(s byteSet, at int) *node { return &node{op: opSet, set: s, pos: at} }

// requireUni records a construct that makes perl use Unicode rules for a
// /d pattern (\p{...}, \N{...}); under an explicit charset it changes
// nothing.
func (p *parser) requireUni() {
	if p.mode.cs == csDepends {
		p.needUni = true
	}
}

// noteRules records a construct whose meaning differs between /d and
// Unicode rules.
func (p *parser) noteRules() {
	if p.mode.cs == csDepends && !p.needUni {
		p.ruleDep = true
	}
}

// noteClass is noteRules for a predefined class.
func (p *parser) noteClass(id classID) {
	if classTable[id][0] != classTable[id][1] {
		p.noteRules()
	}
}

// isPatternSpace is the whitespace /x skips in a byte pattern.
func isPatternSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85:
		return true
	}
	return false
}

// skipSpace skips (?#...) comments, and under /x whitespace and # comments.
func (p *parser) skipSpace() error {
	for !p.eof() {
		c := p.src[p.pos]
		switch {
		case p.lookingAt("(?#"):
			end := strings.IndexByte(p.src[p.pos:], ')')
			if end < 0 {
				return p.fail(-1, "Sequence (?#... not terminated")
			}
			p.pos += end + 1
		case p.mode.x && isPatternSpace(c):
			p.pos++
		case p.mode.x && c == '#':
			end := strings.IndexByte(p.src[p.pos:], '\n')
			if end < 0 {
				p.pos = len(p.src)
				p.runOn = true
			} else {
				p.pos += end + 1
			}
		default:
			return nil
		}
	}
	return nil
}

// parseAlt parses alternatives up to a ")" or the end.
func (p *parser) parseAlt() (*node, error) {
	at := p.pos
	var alts []*node
	for {
		c, err := p.parseConcat()
		if err != nil {
			return nil, err
		}
		alts = append(alts, c)
		if p.peek() != '|' || p.eof() {
			break
		}
		p.pos++
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &node{op: opAlt, subs: alts, pos: at}, nil
}

// parseConcat parses a sequence of quantified atoms up to "|", ")" or the
// end.
func (p *parser) parseConcat() (*node, error) {
	at := p.pos
	var items []*node
	for {
		if err := p.skipSpace(); err != nil {
			return nil, err
		}
		if p.eof() || p.peek() == '|' || p.peek() == ')' {
			break
		}
		switch p.peek() {
		case '*', '+', '?':
			return nil, p.fail(p.pos+1, "Quantifier follows nothing")
		}
		a, err := p.parseAtom()
		if err != nil {
			return nil, err
		}
		if a == nil { // a modifier group such as (?i)
			continue
		}
		if a, err = p.parseQuantifier(a); err != nil {
			return nil, err
		}
		items = append(items, a)
	}
	switch len(items) {
	case 0:
		return &node{op: opEmpty, pos: at}, nil
	case 1:
		return items[0], nil
	}
	return &node{op: opConcat, subs: items, pos: at}, nil
}

// parseAtom parses one atom. It returns nil for a group that only sets
// modifiers.
func (p *parser) parseAtom() (*node, error) {
	at := p.pos
	c := p.src[p.pos]
	switch c {
	case '(':
		return p.parseGroup()
	case '[':
		return p.parseClass()
	case '.':
		p.pos++
		if p.mode.s {
			return setNode(allBytes, at), nil
		}
		return setNode(allBytes.and(setOf('\n').not()), at), nil
	case '^':
		p.pos++
		if p.mode.m {
			return &node{op: opAssert, assert: assertLineBeg, pos: at}, nil
		}
		return &node{op: opAssert, assert: assertBegin, pos: at}, nil
	case '$':
		p.pos++
		if p.mode.m {
			return &node{op: opAssert, assert: assertLineEnd, pos: at}, nil
		}
		return &node{op: opAssert, assert: assertEndNL, pos: at}, nil
	case '\\':
		return p.parseEscape()
	}
	p.pos++
	return p.literal(rune(c), at), nil
}

// parseName reads a group name: a word character that is not a digit,
// then word characters.
func (p *parser) parseName() string {
	start := p.pos
	for !p.eof() {
		c := p.src[p.pos]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || (p.pos > start && c >= '0' && c <= '9') {
			p.pos++
			continue
		}
		break
	}
	return p.src[start:p.pos]
}
