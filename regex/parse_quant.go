package regex

// quantifierAt reports whether a {min,max} quantifier starts at i, and
// returns its bounds (max -1 for none) and the offset after it. Blanks are
// allowed inside the braces; {,n} means {0,n}.
func quantifierAt(s string, i int) (lo, hi, end int, bad int, ok bool) {
	if i >= len(s) || s[i] != '{' {
		return 0, 0, 0, -1, false
	}
	j := i + 1
	blanks := func() {
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
	}
	num := func() (int, bool, int) {
		start := j
		n := 0
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			if n <= 1<<20 {
				n = n*10 + int(s[j]-'0')
			}
			j++
		}
		return n, j > start, j
	}
	blanks()
	lo, hasLo, loEnd := num()
	blanks()
	hi = lo
	hasHi := false
	hiEnd := loEnd
	if j < len(s) && s[j] == ',' {
		j++
		blanks()
		hi, hasHi, hiEnd = num()
		if !hasHi {
			hi = unbounded
		}
		blanks()
	}
	if j >= len(s) || s[j] != '}' || (!hasLo && !hasHi) {
		return 0, 0, 0, -1, false
	}
	bad = -1
	if lo > maxRepeat {
		bad = loEnd
	} else if hi > maxRepeat {
		bad = hiEnd
	}
	return lo, hi, j + 1, bad, true
}

// maxRepeat is perl's largest {n,m} bound.
const maxRepeat = 65534

// quantStart reports whether a quantifier starts at the current offset.
func (p *parser) quantStart() bool {
	switch p.peek() {
	case '*', '+', '?':
		return !p.eof()
	case '{':
		_, _, _, _, ok := quantifierAt(p.src, p.pos)
		return ok
	}
	return false
}

// parseQuantifier applies any quantifier that follows atom a.
func (p *parser) parseQuantifier(a *node) (*node, error) {
	if err := p.skipSpace(); err != nil {
		return nil, err
	}
	if !p.quantStart() {
		return a, nil
	}
	at := p.pos
	r := &node{op: opRepeat, subs: []*node{a}, pos: at}
	switch p.src[p.pos] {
	case '*':
		r.min, r.max = 0, unbounded
		p.pos++
	case '+':
		r.min, r.max = 1, unbounded
		p.pos++
	case '?':
		r.min, r.max = 0, 1
		p.pos++
	case '{':
		lo, hi, end, bad, _ := quantifierAt(p.src, p.pos)
		if bad >= 0 {
			return nil, p.fail(bad, "Quantifier in {,} bigger than 65534")
		}
		r.min, r.max = lo, hi
		p.pos = end
	}
	switch p.peek() {
	case '?':
		r.greed = lazy
		p.pos++
	case '+':
		r.greed = possessive
		p.pos++
	}
	if err := p.skipSpace(); err != nil {
		return nil, err
	}
	if p.quantStart() {
		return nil, p.fail(p.pos+1, "Nested quantifiers")
	}
	return r, nil
}
