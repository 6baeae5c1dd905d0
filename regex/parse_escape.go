package regex

import "strings"

// parseEscape parses an escape outside a class, with p.pos on the
// backslash.
func (p *parser) parseEscape() (*node, error) {
	at := p.pos
	p.pos++
	if p.eof() {
		return nil, p.fail(-1, "Trailing \\")
	}
	c := p.src[p.pos]
	if r, end, ok, e := charEscape(p.src, p.pos, false); ok {
		if e != nil {
			return nil, p.escErr(e)
		}
		if c == 'N' {
			p.requireUni()
		}
		p.pos = end
		return p.literal(r, at), nil
	}
	if s, ok := p.classEscape(c); ok {
		p.pos++
		return setNode(s, at), nil
	}
	p.pos++
	switch c {
	case 'p', 'P':
		s, err := p.property(c == 'P')
		if err != nil {
			return nil, err
		}
		return setNode(s, at), nil
	case 'N':
		return setNode(allBytes.and(setOf('\n').not()), at), nil
	case 'R':
		return linebreak(at), nil
	case 'X':
		return &node{op: opAtomic, pos: at, subs: []*node{{op: opAlt, pos: at, subs: []*node{
			{op: opConcat, pos: at, subs: []*node{setNode(setOf('\r'), at), setNode(setOf('\n'), at)}},
			setNode(allBytes, at),
		}}}}, nil
	case 'b', 'B':
		if p.peek() == '{' {
			end := strings.IndexByte(p.src[p.pos:], '}')
			if end < 0 {
				return nil, p.fail(p.pos+1, "Missing right brace on \\"+string(c)+"{}")
			}
			return nil, p.escErr(&escapeError{msg: "Sequence \\" + string(c) + "{...} not supported by miniperl", at: p.pos + end + 1, unsupported: true})
		}
		p.noteClass(clsWord)
		a := assertWord
		if c == 'B' {
			a = assertNotWord
		}
		return &node{op: opAssert, assert: a, word: p.rules().class(clsWord), pos: at}, nil
	case 'A':
		return &node{op: opAssert, assert: assertBegin, pos: at}, nil
	case 'z':
		return &node{op: opAssert, assert: assertEnd, pos: at}, nil
	case 'Z':
		return &node{op: opAssert, assert: assertEndNL, pos: at}, nil
	case 'G':
		return &node{op: opAssert, assert: assertG, pos: at}, nil
	case 'K':
		if p.looks > 0 {
			return nil, p.fail(p.pos, `\K not permitted in lookahead/lookbehind`)
		}
		p.hasKeep = true
		return &node{op: opKeep, pos: at}, nil
	case 'g':
		return p.gReference(at)
	case 'k':
		return p.kReference(at)
	case '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return p.digitReference(at)
	}
	return p.literal(rune(c), at), nil
}

// escErr turns an escapeError into a pattern error.
func (p *parser) escErr(e *escapeError) error {
	return &Error{Msg: e.msg, Pattern: p.src, Offset: e.at, Unsupported: e.unsupported}
}

// classEscape returns the set of \d \D \w \W \s \S \h \H \v \V, and false
// for other letters.
func (p *parser) classEscape(c byte) (byteSet, bool) {
	r := p.rules()
	var id classID
	switch c | 0x20 {
	case 'd':
		id = clsDigit
	case 'w':
		id = clsWord
	case 's':
		id = clsSpace
	case 'h':
		id = clsHSpace
	case 'v':
		id = clsVSpace
	default:
		return byteSet{}, false
	}
	p.noteClass(id)
	s := r.class(id)
	if c >= 'A' && c <= 'Z' {
		s = s.not()
	}
	return s, true
}

// property reads the name of \p{...} or \pX, with p.pos after the p;
// neg is \P.
func (p *parser) property(neg bool) (byteSet, error) {
	var raw string // the name as written, for the message
	if p.peek() == '{' {
		end := strings.IndexByte(p.src[p.pos:], '}')
		if end < 0 {
			return byteSet{}, p.fail(p.pos+1, "Missing right brace on \\p{}")
		}
		raw = p.src[p.pos+1 : p.pos+end]
		p.pos += end + 1
	} else if !p.eof() {
		raw = p.src[p.pos : p.pos+1]
		p.pos++
	} else {
		return byteSet{}, p.fail(p.pos, "Empty \\p")
	}
	name := strings.TrimSpace(raw)
	if strings.HasPrefix(name, "^") {
		neg = !neg
		name = strings.TrimSpace(name[1:])
	}
	if name == "" {
		return byteSet{}, p.fail(p.pos-1, "Empty \\p{}")
	}
	set, ok := propertySet(name)
	if !ok {
		return byteSet{}, p.fail(p.pos, `Can't find Unicode property definition "`+raw+`"`)
	}
	p.requireUni()
	if p.mode.i {
		set = set.fold(foldUnicode)
	}
	if neg {
		set = set.not()
	}
	return set, nil
}

// linebreak is \R: (?>\r\n|[\n\x0B\f\r\x85]).
func linebreak(at int) *node {
	return &node{op: opAtomic, pos: at, subs: []*node{{op: opAlt, pos: at, subs: []*node{
		{op: opConcat, pos: at, subs: []*node{setNode(setOf('\r'), at), setNode(setOf('\n'), at)}},
		setNode(setOf('\n', '\v', '\f', '\r', 0x85), at),
	}}}}
}
