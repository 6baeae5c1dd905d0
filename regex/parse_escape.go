package regex

import "strings"

// escapeError is a problem found while reading an escape: a message and
// where perl marks it.
type escapeError struct {
	msg         string
	at          int
	unsupported bool
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexVal(c byte) rune {
	switch {
	case c >= 'a':
		return rune(c-'a') + 10
	case c >= 'A':
		return rune(c-'A') + 10
	}
	return rune(c - '0')
}

// capRune keeps a code point within what perl allows.
func capRune(r rune) rune {
	if r > 0x7FFFFFFF || r < 0 {
		return 0x7FFFFFFF
	}
	return r
}

// charEscape reads an escape that stands for one character, with s[i] the
// byte after the backslash: \a \e \f \n \r \t, \xHH, \x{...}, \o{...},
// \0 octal, \cX and \N{U+...}. inClass makes \b a backspace and \1-\7
// octal. It returns ok false when s[i] starts no such escape.
func charEscape(s string, i int, inClass bool) (c rune, end int, ok bool, e *escapeError) {
	switch s[i] {
	case 'a':
		return 7, i + 1, true, nil
	case 'e':
		return 27, i + 1, true, nil
	case 'f':
		return '\f', i + 1, true, nil
	case 'n':
		return '\n', i + 1, true, nil
	case 'r':
		return '\r', i + 1, true, nil
	case 't':
		return '\t', i + 1, true, nil
	case 'b':
		if inClass {
			return '\b', i + 1, true, nil
		}
	case 'x':
		return hexEscape(s, i+1)
	case 'o':
		return braceOctal(s, i+1)
	case '0':
		c, end := octalDigits(s, i, 3)
		return c, end, true, nil
	case '1', '2', '3', '4', '5', '6', '7':
		if inClass {
			c, end := octalDigits(s, i, 3)
			return c, end, true, nil
		}
	case 'c':
		if i+1 >= len(s) || s[i+1] < 0x20 || s[i+1] > 0x7E {
			return 0, 0, true, &escapeError{msg: `Character following "\c" must be printable ASCII`, at: min(i+2, len(s))}
		}
		x := s[i+1]
		if x >= 'a' && x <= 'z' {
			x -= 'a' - 'A'
		}
		return rune(x ^ 64), i + 2, true, nil
	case 'N':
		if strings.HasPrefix(s[i:], "N{U+") {
			return namedCodePoint(s, i+4)
		}
		if strings.HasPrefix(s[i:], "N{") {
			if _, _, _, _, q := quantifierAt(s, i+1); !q {
				return 0, 0, true, &escapeError{msg: `Sequence \N{NAME} not supported by miniperl`, at: i + 2, unsupported: true}
			}
		}
	}
	return 0, 0, false, nil
}

// octalDigits reads up to n octal digits from s[i].
func octalDigits(s string, i, n int) (rune, int) {
	var c rune
	j := i
	for j < len(s) && j-i < n && s[j] >= '0' && s[j] <= '7' {
		c = c*8 + rune(s[j]-'0')
		j++
	}
	return c, j
}

// hexEscape reads what follows \x, starting at s[i].
func hexEscape(s string, i int) (rune, int, bool, *escapeError) {
	if i < len(s) && s[i] == '{' {
		end := strings.IndexByte(s[i:], '}')
		if end < 0 {
			return 0, 0, true, &escapeError{msg: "Missing right brace on \\x{}", at: i + 1}
		}
		body := strings.TrimLeft(s[i+1:i+end], " \t")
		var c rune
		for j := 0; j < len(body); j++ {
			if body[j] == '_' && j > 0 && j+1 < len(body) && isHex(body[j+1]) {
				continue
			}
			if !isHex(body[j]) {
				break
			}
			c = capRune(c*16 + hexVal(body[j]))
		}
		return c, i + end + 1, true, nil
	}
	var c rune
	j := i
	for j < len(s) && j-i < 2 && isHex(s[j]) {
		c = c*16 + hexVal(s[j])
		j++
	}
	return c, j, true, nil
}

// braceOctal reads what follows \o, starting at s[i].
func braceOctal(s string, i int) (rune, int, bool, *escapeError) {
	if i >= len(s) || s[i] != '{' {
		return 0, 0, true, &escapeError{msg: "Missing braces on \\o{}", at: i}
	}
	end := strings.IndexByte(s[i:], '}')
	if end < 0 {
		return 0, 0, true, &escapeError{msg: "Missing right brace on \\o{}", at: i + 1}
	}
	body := strings.TrimSpace(s[i+1 : i+end])
	if body == "" {
		return 0, 0, true, &escapeError{msg: "Empty \\o{}", at: i + end + 1}
	}
	var c rune
	for j := 0; j < len(body) && body[j] >= '0' && body[j] <= '7'; j++ {
		c = capRune(c*8 + rune(body[j]-'0'))
	}
	return c, i + end + 1, true, nil
}

// namedCodePoint reads the hex digits of \N{U+...} from s[i].
func namedCodePoint(s string, i int) (rune, int, bool, *escapeError) {
	end := strings.IndexByte(s[i:], '}')
	if end < 0 {
		return 0, 0, true, &escapeError{msg: "Missing right brace on \\N{}", at: i - 2}
	}
	var c rune
	body := s[i : i+end]
	if body == "" {
		return 0, 0, true, &escapeError{msg: "Invalid hexadecimal number in \\N{U+...}", at: i + end + 1}
	}
	if strings.ContainsAny(body, ".") {
		return 0, 0, true, &escapeError{msg: `Sequence \N{U+...} not supported by miniperl`, at: i + end + 1, unsupported: true}
	}
	for j := 0; j < len(body); j++ {
		if body[j] == '_' {
			continue
		}
		if !isHex(body[j]) {
			return 0, 0, true, &escapeError{msg: "Invalid hexadecimal number in \\N{U+...}", at: i + j + 1}
		}
		c = capRune(c*16 + hexVal(body[j]))
	}
	return c, i + end + 1, true, nil
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
	p.needUni = true
	if p.mode.i {
		set = set.fold(foldUnicode)
	}
	if neg {
		set = set.not()
	}
	return set, nil
}

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
			p.needUni = true
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

// linebreak is \R: (?>\r\n|[\n\x0B\f\r\x85]).
func linebreak(at int) *node {
	return &node{op: opAtomic, pos: at, subs: []*node{{op: opAlt, pos: at, subs: []*node{
		{op: opConcat, pos: at, subs: []*node{setNode(setOf('\r'), at), setNode(setOf('\n'), at)}},
		setNode(setOf('\n', '\v', '\f', '\r', 0x85), at),
	}}}}
}

// digitReference parses \1 and up, p.pos after the first digit. \10 and
// up are octal escapes unless that many groups have opened before.
func (p *parser) digitReference(at int) (*node, error) {
	start := p.pos - 1
	num := 0
	j := start
	for j < len(p.src) && p.src[j] >= '0' && p.src[j] <= '9' {
		num = min(num*10+int(p.src[j]-'0'), 1<<20)
		j++
	}
	if num > 9 && num > p.ncap && p.src[start] != '8' && p.src[start] != '9' {
		c, end := octalDigits(p.src, start, 3)
		p.pos = end
		return p.literal(c, at), nil
	}
	p.pos = j
	return p.numberRef(num, j, false), nil
}

// gReference parses \gN, \g-N, \g{N}, \g{-N} and \g{name}, p.pos after g.
func (p *parser) gReference(at int) (*node, error) {
	braced := p.peek() == '{'
	if braced {
		p.pos++
	}
	numAt := p.pos
	rel := false
	if p.peek() == '-' {
		rel = true
		p.pos++
	}
	if p.peek() >= '0' && p.peek() <= '9' {
		num := 0
		for !p.eof() && p.peek() >= '0' && p.peek() <= '9' {
			num = min(num*10+int(p.peek()-'0'), 1<<20)
			p.pos++
		}
		if braced {
			if p.peek() != '}' {
				return nil, p.fail(p.pos+1, "Unterminated \\g{...} pattern")
			}
			p.pos++
		}
		if num == 0 {
			return nil, p.fail(numAt, "Reference to invalid group 0")
		}
		if rel {
			if num > p.ncap {
				return nil, p.fail(numAt+1, "Reference to nonexistent or unclosed group")
			}
			num = p.ncap - num + 1
		}
		return p.numberRef(num, p.pos, rel), nil
	}
	if !braced || rel {
		return nil, p.fail(p.pos, "Unterminated \\g... pattern")
	}
	name := p.parseName()
	if name == "" || p.peek() != '}' {
		return nil, p.fail(p.pos+1, "Sequence \\g{... not terminated")
	}
	ref := p.namedRef(name, p.pos, p.mode.i)
	p.pos++
	return ref, nil
}

// kReference parses \k<name>, \k'name' and \k{name}, p.pos after k.
func (p *parser) kReference(at int) (*node, error) {
	var end byte
	switch p.peek() {
	case '<':
		end = '>'
	case '\'':
		end = '\''
	case '{':
		end = '}'
	default:
		return nil, p.fail(p.pos, "Sequence \\k... not terminated")
	}
	p.pos++
	name := p.parseName()
	if name == "" || p.peek() != end {
		return nil, p.fail(p.pos+1, "Sequence \\k"+string(p.src[at+2])+"... not terminated")
	}
	ref := p.namedRef(name, p.pos, p.mode.i)
	p.pos++
	return ref, nil
}
