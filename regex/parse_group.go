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

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
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
	p.reparse = true
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
