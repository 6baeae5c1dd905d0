package regex

import "strings"

// parseGroup parses everything that starts with "(".
func (p *parser) parseGroup() (*node, error) {
	open := p.pos
	p.pos++
	if p.peek() == '*' {
		return p.parseVerb(open)
	}
	if p.peek() != '?' {
		if p.mode.n {
			return p.groupBody(open, nil)
		}
		return p.capture(open, "")
	}
	p.pos++
	if p.eof() {
		return nil, p.fail(p.pos, "Sequence (? incomplete")
	}
	c := p.src[p.pos]
	switch c {
	case ':':
		p.pos++
		return p.groupBody(open, nil)
	case '|':
		p.pos++
		return p.branchReset(open)
	case '>':
		p.pos++
		return p.groupBody(open, &node{op: opAtomic, pos: open})
	case '=', '!':
		p.pos++
		return p.look(open, false, c == '!')
	case '<':
		if p.lookingAt("<=") || p.lookingAt("<!") {
			neg := p.src[p.pos+1] == '!'
			p.pos += 2
			return p.look(open, true, neg)
		}
		p.pos++
		return p.namedCapture(open, '>')
	case '\'':
		p.pos++
		return p.namedCapture(open, '\'')
	case 'P':
		return p.pythonGroup(open)
	case '(':
		p.pos++
		return p.conditional(open)
	case '{':
		return nil, p.unsupported(p.pos+1, "(?{...})")
	case '?':
		if p.lookingAt("?{") {
			return nil, p.unsupported(p.pos+2, "(??{...})")
		}
	case 'R', '&', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return nil, p.recursion()
	case '-':
		if p.pos+1 < len(p.src) && p.src[p.pos+1] >= '0' && p.src[p.pos+1] <= '9' {
			return nil, p.recursion()
		}
	}
	return p.modifiers(open)
}

// recursion is the error for (?R), (?1), (?-1), (?+1) and (?&name), with
// "(?" consumed.
func (p *parser) recursion() error {
	end := strings.IndexByte(p.src[p.pos:], ')')
	if end < 0 || end > 32 {
		return p.unsupported(p.pos+1, "(?"+p.src[p.pos:p.pos+1]+"...)")
	}
	return p.unsupported(p.pos+end+1, "(?"+p.src[p.pos:p.pos+end+1])
}

// capture parses the body of a capturing group numbered next.
func (p *parser) capture(open int, name string) (*node, error) {
	p.ncap++
	g := &node{op: opCapture, cap: p.ncap, pos: open}
	if name != "" {
		if _, seen := p.names[name]; !seen {
			p.order = append(p.order, name)
		}
		if !containsInt(p.names[name], p.ncap) {
			p.names[name] = append(p.names[name], p.ncap)
		}
	}
	return p.groupBody(open, g)
}

// groupBody parses alternatives up to the closing ")" under a copy of the
// modifiers, and puts them under wrap (nil for a plain group).
func (p *parser) groupBody(open int, wrap *node) (*node, error) {
	saved := p.mode
	body, err := p.parseAlt()
	p.mode = saved
	if err != nil {
		return nil, err
	}
	if err := p.close(open); err != nil {
		return nil, err
	}
	if wrap == nil {
		return body, nil
	}
	wrap.subs = []*node{body}
	return wrap, nil
}

// close consumes the ")" of the group opened at open.
func (p *parser) close(open int) error {
	if p.eof() || p.peek() != ')' {
		return p.fail(open+1, "Unmatched (")
	}
	p.pos++
	return nil
}

// look parses a lookaround body.
func (p *parser) look(open int, behind, neg bool) (*node, error) {
	p.looks++
	n, err := p.groupBody(open, &node{op: opLook, behind: behind, neg: neg, pos: open})
	p.looks--
	return n, err
}

// branchReset parses (?|...): each alternative numbers its groups from
// the same start.
func (p *parser) branchReset(open int) (*node, error) {
	saved := p.mode
	base, top := p.ncap, p.ncap
	var alts []*node
	for {
		p.ncap = base
		c, err := p.parseConcat()
		if err != nil {
			return nil, err
		}
		alts = append(alts, c)
		top = max(top, p.ncap)
		if p.peek() != '|' || p.eof() {
			break
		}
		p.pos++
	}
	p.ncap = top
	p.mode = saved
	if err := p.close(open); err != nil {
		return nil, err
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &node{op: opAlt, subs: alts, pos: open}, nil
}

// namedCapture parses (?<name>...) or (?'name'...), with the name's
// opening bracket already consumed.
func (p *parser) namedCapture(open int, end byte) (*node, error) {
	if p.eof() {
		return nil, p.fail(p.pos, "Sequence (?"+string(p.src[p.pos-1])+"... not terminated")
	}
	name := p.parseName()
	if name == "" {
		return nil, p.fail(p.pos+1, "Group name must start with a non-digit word character")
	}
	if p.peek() != end || p.eof() {
		return nil, p.fail(p.pos, "Sequence (?"+string(p.src[open+2])+"... not terminated")
	}
	p.pos++
	return p.capture(open, name)
}

// pythonGroup parses (?P<name>...), (?P=name) and (?P>name).
func (p *parser) pythonGroup(open int) (*node, error) {
	p.pos++ // P
	switch p.peek() {
	case '<':
		p.pos++
		return p.namedCapture(open, '>')
	case '=':
		p.pos++
		at := p.pos
		name := p.parseName()
		if name == "" || p.peek() != ')' {
			return nil, p.fail(p.pos, "Sequence ?P=... not terminated")
		}
		p.pos++
		return p.namedRef(name, at+len(name), p.mode.i), nil
	case '>':
		return nil, p.unsupported(p.pos+1, "(?P>...) recursion")
	}
	if p.eof() {
		return nil, p.fail(p.pos, "Sequence (?P...) not recognized")
	}
	return nil, p.fail(p.pos+1, "Sequence (?P"+string(p.peek())+"...) not recognized")
}

// namedRef is a backreference to a named group, resolved at the end.
func (p *parser) namedRef(name string, at int, fold bool) *node {
	n := &node{op: opBackref, fold: fold, pos: at}
	p.pending = append(p.pending, pendingRef{n: n, name: name, at: at})
	return n
}

// numberRef is a backreference to group num, checked at the end.
func (p *parser) numberRef(num, at int, rel bool) *node {
	n := &node{op: opBackref, refs: []int{num}, fold: p.mode.i, pos: at}
	p.pending = append(p.pending, pendingRef{n: n, num: num, at: at, rel: rel})
	return n
}

// conditional parses (?(cond)yes|no) with "(?(" consumed.
func (p *parser) conditional(open int) (*node, error) {
	condAt := p.pos
	n := &node{op: opCond, pos: open}
	switch {
	case p.lookingAt("?=") || p.lookingAt("?!") || p.lookingAt("?<=") || p.lookingAt("?<!"):
		behind := p.src[p.pos+1] == '<'
		neg := p.src[p.pos+1] == '!' || (behind && p.src[p.pos+2] == '!')
		if behind {
			p.pos += 3
		} else {
			p.pos += 2
		}
		l, err := p.look(condAt-1, behind, neg)
		if err != nil {
			return nil, err
		}
		n.subs = []*node{l}
	case p.lookingAt("?{"):
		return nil, p.unsupported(p.pos+2, "(?(?{...})...)")
	case p.lookingAt("DEFINE)"):
		p.pos += len("DEFINE)")
		body, err := p.parseAlt()
		if err != nil {
			return nil, err
		}
		if err := p.close(open); err != nil {
			return nil, err
		}
		// The body is only for recursion, which is not supported; its
		// groups still count but never match.
		return &node{op: opRepeat, min: 0, max: 0, subs: []*node{body}, pos: open}, nil
	case p.peek() == 'R':
		return nil, p.unsupported(p.pos+1, "(?(R)...) recursion test")
	case p.peek() >= '1' && p.peek() <= '9':
		num := 0
		for !p.eof() && p.peek() >= '0' && p.peek() <= '9' {
			num = min(num*10+int(p.peek()-'0'), 1<<20)
			p.pos++
		}
		if p.peek() != ')' {
			return nil, p.fail(p.pos+1, "Switch condition not recognized")
		}
		n.refs = []int{num}
		p.pending = append(p.pending, pendingRef{n: n, num: num, at: p.pos})
		p.pos++
		n.subs = []*node{nil}
	case p.peek() == '<' || p.peek() == '\'':
		end := byte('>')
		if p.peek() == '\'' {
			end = '\''
		}
		p.pos++
		name := p.parseName()
		if name == "" || p.peek() != end {
			return nil, p.fail(p.pos+1, "Sequence (?(... not terminated")
		}
		p.pending = append(p.pending, pendingRef{n: n, name: name, at: p.pos})
		p.pos++
		if p.peek() != ')' {
			return nil, p.fail(p.pos+1, "Switch condition not recognized")
		}
		p.pos++
		n.subs = []*node{nil}
	default:
		return nil, p.fail(condAt+1, "Unknown switch condition (?(...))")
	}
	saved := p.mode
	yes, err := p.parseConcat()
	if err != nil {
		return nil, err
	}
	var no *node
	if p.peek() == '|' && !p.eof() {
		p.pos++
		if no, err = p.parseConcat(); err != nil {
			return nil, err
		}
		if p.peek() == '|' && !p.eof() {
			return nil, p.fail(p.pos+1, "Switch (?(condition)... contains too many branches")
		}
	}
	p.mode = saved
	if p.eof() {
		return nil, p.fail(p.pos, "Switch (?(condition)... not terminated")
	}
	if err := p.close(open); err != nil {
		return nil, err
	}
	n.subs = append(n.subs[:1], yes, no)
	return n, nil
}

// parseVerb parses (*VERB) and the (*name:...) spelling of lookarounds and
// atomic groups, with "(" consumed.
func (p *parser) parseVerb(open int) (*node, error) {
	p.pos++ // *
	start := p.pos
	for !p.eof() && p.peek() != ')' && p.peek() != ':' {
		p.pos++
	}
	word := p.src[start:p.pos]
	if p.eof() {
		if word == "" {
			return nil, p.fail(p.pos, "Unterminated '(*...' construct")
		}
		return nil, p.fail(p.pos, "Unterminated verb pattern")
	}
	if p.peek() == ':' {
		p.pos++
		switch word {
		case "pla", "positive_lookahead":
			return p.look(open, false, false)
		case "nla", "negative_lookahead":
			return p.look(open, false, true)
		case "plb", "positive_lookbehind":
			return p.look(open, true, false)
		case "nlb", "negative_lookbehind":
			return p.look(open, true, true)
		case "atomic":
			return p.groupBody(open, &node{op: opAtomic, pos: open})
		}
		return nil, p.unsupported(p.pos, "(*"+word+":...)")
	}
	p.pos++
	switch word {
	case "FAIL", "F":
		return &node{op: opFail, pos: open}, nil
	case "ACCEPT", "COMMIT", "PRUNE", "SKIP", "THEN", "MARK":
		return nil, p.unsupported(p.pos, "(*"+word+")")
	}
	return nil, p.fail(p.pos, "Unknown verb pattern '"+word+"'")
}

// modifiers parses (?imnsx-imnsx), (?^...), and the same with ":...)",
// with "(?" consumed.
func (p *parser) modifiers(open int) (*node, error) {
	m := p.mode
	neg := false
	var prev byte // charset letter seen
	if p.peek() == '^' {
		p.pos++
		m = modes{}
		if p.peek() == '-' {
			return nil, p.fail(p.pos+1, "Sequence (?^-...) not recognized")
		}
	}
	for !p.eof() {
		c := p.src[p.pos]
		p.pos++
		switch c {
		case ')':
			p.mode = m
			return nil, nil
		case ':':
			saved := p.mode
			p.mode = m
			body, err := p.parseAlt()
			p.mode = saved
			if err != nil {
				return nil, err
			}
			if err := p.close(open); err != nil {
				return nil, err
			}
			return body, nil
		case '-':
			if neg {
				return nil, p.fail(p.pos, "Sequence (?-...-...) not recognized")
			}
			neg = true
		case 'i':
			m.i = !neg
		case 'm':
			m.m = !neg
		case 's':
			m.s = !neg
		case 'n':
			m.n = !neg
		case 'p', 'o':
		case 'x':
			if neg {
				m.x, m.xx = false, false
			} else if p.peek() == 'x' {
				p.pos++
				m.x, m.xx = true, true
			} else {
				m.x = true
			}
		case 'a', 'u', 'l', 'd':
			if neg && c == 'a' {
				return nil, p.fail(p.pos, `Regexp modifier "a" may not appear after the "-"`)
			}
			switch {
			case prev == 'a':
				return nil, p.fail(p.pos, `Regexp modifier "a" may appear a maximum of twice`)
			case prev == c:
				return nil, p.fail(p.pos, `Regexp modifier "`+string(c)+`" may not appear twice`)
			case prev != 0:
				return nil, p.fail(p.pos, `Regexp modifiers "`+string(prev)+`" and "`+string(c)+`" are mutually exclusive`)
			case neg:
				return nil, p.fail(p.pos, `Regexp modifier "`+string(c)+`" may not appear after the "-"`)
			}
			prev = c
			switch {
			case c == 'a' && p.peek() == 'a':
				p.pos++
				m.cs = csASCIIStrict
			case c == 'a':
				m.cs = csASCII
			case c == 'u':
				m.cs = csUnicode
			case c == 'l':
				m.cs = csLocale
			default:
				m.cs = csDepends
			}
		default:
			return nil, p.fail(p.pos, "Sequence (?"+string(c)+"...) not recognized")
		}
	}
	return nil, p.fail(p.pos, "Sequence (?... not terminated")
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
