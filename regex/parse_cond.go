package regex

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
