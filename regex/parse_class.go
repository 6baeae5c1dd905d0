package regex

import "strings"

// classItem is one element of a bracketed class: a character (which can
// start a range) or a set (which cannot).
type classItem struct {
	char  rune
	set   byteSet
	isSet bool
	start int // offset where the item starts
}

// parseClass parses [...] with p.pos on the "[".
func (p *parser) parseClass() (*node, error) {
	open := p.pos
	p.classOpen = open
	p.pos++
	neg := false
	if p.peek() == '^' && !p.eof() {
		neg = true
		p.pos++
	}
	var set byteSet
	first := true
	for {
		p.skipClassSpace()
		if p.eof() {
			return nil, p.fail(open+1, "Unmatched [")
		}
		if p.peek() == ']' && !first {
			p.pos++
			break
		}
		first = false
		lo, err := p.classAtom()
		if err != nil {
			return nil, err
		}
		if lo.isSet {
			set = set.or(lo.set)
			continue
		}
		// A range needs "-" then a character that is not "]".
		save := p.pos
		p.skipClassSpace()
		if p.peek() == '-' && p.pos+1 < len(p.src) {
			p.pos++
			p.skipClassSpace()
			if p.eof() {
				return nil, p.fail(open+1, "Unmatched [")
			}
			if p.peek() != ']' {
				hi, err := p.classAtom()
				if err != nil {
					return nil, err
				}
				if hi.isSet {
					// "a-\d": a, "-" and the set, as perl reads it.
					set.add(int(lo.char))
					set.add('-')
					set = set.or(hi.set)
					continue
				}
				if hi.char < lo.char {
					return nil, p.fail(p.pos, `Invalid [] range "`+p.src[lo.start:p.pos]+`"`)
				}
				p.noteWide(hi.char)
				set.addRange(int(lo.char), int(hi.char))
				continue
			}
		}
		p.pos = save
		p.noteWide(lo.char)
		set.add(int(lo.char))
	}
	if p.mode.i {
		if set.fold(foldASCII) != set.fold(foldUnicode) {
			p.noteRules()
		}
		set = set.fold(p.rules().fold())
	}
	if neg {
		set = set.not()
	}
	return setNode(set, open), nil
}

// noteWide records a code point above 0xFF.
func (p *parser) noteWide(c rune) {
	if c > 0xFF {
		p.wide = true
		p.requireUni()
	}
}

// skipClassSpace skips the blanks /xx ignores inside a class.
func (p *parser) skipClassSpace() {
	for p.mode.xx && !p.eof() && (p.peek() == ' ' || p.peek() == '\t') {
		p.pos++
	}
}

// classAtom parses one element of a class.
func (p *parser) classAtom() (classItem, error) {
	start := p.pos
	c := p.src[p.pos]
	if c == '[' && p.pos+1 < len(p.src) {
		switch d := p.src[p.pos+1]; d {
		case ':', '=', '.':
			if end := strings.Index(p.src[p.pos+2:], string(d)+"]"); end >= 0 {
				name := p.src[p.pos+2 : p.pos+2+end]
				p.pos += 2 + end + 2
				if d != ':' {
					return classItem{}, p.fail(p.pos, "POSIX syntax ["+string(d)+" "+string(d)+"] is reserved for future extensions")
				}
				neg := strings.HasPrefix(name, "^")
				id, ok := posixNames[strings.TrimPrefix(name, "^")]
				if !ok {
					return classItem{}, p.fail(p.pos, "POSIX class [:"+name+":] unknown")
				}
				p.noteClass(id)
				s := p.rules().class(id)
				if p.mode.i {
					s = s.fold(p.rules().fold())
				}
				if neg {
					s = s.not()
				}
				return classItem{set: s, isSet: true, start: start}, nil
			}
		}
	}
	if c != '\\' {
		p.pos++
		return classItem{char: rune(c), start: start}, nil
	}
	p.pos++
	if p.eof() {
		return classItem{}, p.fail(p.classOpen+1, "Unmatched [")
	}
	e := p.src[p.pos]
	if r, end, ok, err := charEscape(p.src, p.pos, true); ok {
		if err != nil {
			return classItem{}, p.escErr(err)
		}
		if e == 'N' {
			p.requireUni()
		}
		p.pos = end
		return classItem{char: r, start: start}, nil
	}
	if s, ok := p.classEscape(e); ok {
		p.pos++
		return classItem{set: s, isSet: true, start: start}, nil
	}
	p.pos++
	switch e {
	case 'p', 'P':
		s, err := p.property(e == 'P')
		if err != nil {
			return classItem{}, err
		}
		return classItem{set: s, isSet: true, start: start}, nil
	case 'N':
		return classItem{}, p.fail(p.pos, `\N in a character class must be a named character: \N{...}`)
	}
	return classItem{char: rune(e), start: start}, nil
}
