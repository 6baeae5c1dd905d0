package regex

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
				m.x, m.xx = true, false
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
