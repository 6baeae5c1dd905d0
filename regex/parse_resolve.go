package regex

// parse parses expr, again under Unicode rules when the first pass finds
// a construct that needs them (as perl does).
func parse(expr string, m modes) (*parser, *node, error) {
	var p *parser
	var tree *node
	var err error
	ruleDep := false
	for _, uni := range []bool{false, true} {
		if p != nil {
			ruleDep = p.ruleDep
		}
		p = &parser{src: expr, mode: m, uni: uni, names: map[string][]int{}, ruleDep: ruleDep}
		tree, err = p.parseAlt()
		if err == nil && !p.eof() {
			err = p.fail(p.pos+1, "Unmatched )")
		}
		if err != nil || !p.needUni || uni {
			break
		}
	}
	if err != nil {
		return nil, nil, err
	}
	if err := p.resolve(); err != nil {
		return nil, nil, err
	}
	if err := p.checkLookbehind(tree); err != nil {
		return nil, nil, err
	}
	return p, tree, nil
}

// resolve checks group references now that every group is known.
func (p *parser) resolve() error {
	for _, r := range p.pending {
		if r.name != "" {
			groups, ok := p.names[r.name]
			if !ok {
				return p.fail(r.at, "Reference to nonexistent named group")
			}
			r.n.refs = groups
			continue
		}
		if r.num > p.ncap {
			if r.n.op == opCond {
				r.n.refs = nil // perl: a test of a group that does not exist is false
				continue
			}
			if r.rel {
				return p.fail(r.at, "Reference to nonexistent or unclosed group")
			}
			return p.fail(r.at, "Reference to nonexistent group")
		}
	}
	return nil
}

// checkLookbehind rejects lookbehinds perl cannot run (longer than 255
// or unbounded) and groups inside a variable-length one: the engine
// matches lookbehinds right to left, so it could pick other captures
// than perl, which tries the longest start first.
func (p *parser) checkLookbehind(tree *node) error {
	var err error
	tree.walk(func(n *node) {
		if err != nil || n.op != opLook || !n.behind {
			return
		}
		least, most := n.subs[0].width()
		if most == unbounded || most > 255 {
			err = p.fail(-1, "Lookbehind longer than 255 not implemented")
			return
		}
		if least != most {
			n.subs[0].walk(func(c *node) {
				if c.op == opCapture && err == nil {
					err = &Error{Msg: "Capture group in variable-length lookbehind not supported by miniperl",
						Pattern: p.src, Offset: c.pos + 1, Unsupported: true}
				}
			})
		}
	})
	return err
}
