package regex

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

// namedRef is a backreference to a named group, resolved at the end.
func (p *parser) namedRef(name string, at int, fold bool) *node {
	if _, seen := p.names[name]; !seen {
		p.reparse = true
	}
	n := &node{op: opBackref, fold: fold, foldUni: p.rules().fold() != foldASCII, pos: at}
	p.pending = append(p.pending, pendingRef{n: n, name: name, at: at})
	return n
}

// numberRef is a backreference to group num, checked at the end.
func (p *parser) numberRef(num, at int, rel bool) *node {
	if num > p.ncap {
		p.reparse = true
	}
	if p.mode.i {
		p.noteRules()
	}
	n := &node{op: opBackref, refs: []int{num}, fold: p.mode.i, foldUni: p.rules().fold() != foldASCII, pos: at}
	p.pending = append(p.pending, pendingRef{n: n, num: num, at: at, rel: rel})
	return n
}
