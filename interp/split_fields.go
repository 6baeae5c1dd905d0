package interp

import (
	"strings"

	"github.com/miniperl/miniperl/value"
)

// fieldIter yields the fields of a split on white space (sep "" and
// spaces set) or on a literal separator, one at a time, so that split can
// count the fields and then fill a result of exactly that size: one
// allocation and no intermediate []string.
type fieldIter struct {
	s      string
	sep    string
	spaces bool
	lim    int
	count  int
	i      int
	done   bool
}

// next returns the next field.
func (p *fieldIter) next() (string, bool) {
	if p.done || p.s == "" {
		// Splitting the empty string gives no fields at all.
		return "", false
	}
	if p.spaces {
		return p.nextSpace()
	}
	return p.nextLiteral()
}

// nextSpace: fields separated by runs of white space; a leading empty
// field is kept and a trailing one yielded (dropped by the caller when
// there is no limit).
func (p *fieldIter) nextSpace() (string, bool) {
	s, i := p.s, p.i
	if p.lim > 0 && p.count == p.lim-1 {
		p.done = true
		return s[i:], true
	}
	j := i
	for j < len(s) && !isSpaceByte(s[j]) {
		j++
	}
	if j == len(s) {
		p.done = true
		if i < len(s) || p.count > 0 {
			return s[i:], true
		}
		return "", false
	}
	f := s[i:j]
	p.count++
	for j < len(s) && isSpaceByte(s[j]) {
		j++
	}
	p.i = j
	if j == len(s) {
		// The trailing empty field comes next.
		p.lim, p.count = 1, 0
	}
	return f, true
}

// nextLiteral: fields separated by sep; "" splits into bytes.
func (p *fieldIter) nextLiteral() (string, bool) {
	s := p.s[p.i:]
	if p.lim > 0 && p.count == p.lim-1 {
		p.done = true
		return s, true
	}
	p.count++
	if p.sep == "" {
		if len(s) <= 1 {
			p.done = true
		}
		p.i++
		return s[:1], true
	}
	k := strings.Index(s, p.sep)
	if k < 0 {
		p.done = true
		return s, true
	}
	p.i += k + len(p.sep)
	return s[:k], true
}

// collect returns every field as a scalar.
func (p fieldIter) collect() []value.Scalar {
	n := 0
	for q := p; ; n++ {
		if _, ok := q.next(); !ok {
			break
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]value.Scalar, n)
	for i := range out {
		f, _ := p.next()
		out[i] = value.StrValue(f)
	}
	return out
}

// splitSpaceFields splits s on runs of white space.
func splitSpaceFields(s string, lim int) []value.Scalar {
	if lim == 0 {
		return splitSpacesAll(s)
	}
	return fieldIter{s: s, spaces: true, lim: lim}.collect()
}

// splitLiteralFields splits s on a literal separator.
func splitLiteralFields(s, sep string, lim int) []value.Scalar {
	return fieldIter{s: s, sep: sep, lim: lim}.collect()
}

// trimEmptyTail drops trailing empty fields, as split does without a
// limit.
func trimEmptyTail(out []value.Scalar) []value.Scalar {
	for len(out) > 0 && out[len(out)-1].Kind() == value.Str && out[len(out)-1].String() == "" {
		out = out[:len(out)-1]
	}
	return out
}
