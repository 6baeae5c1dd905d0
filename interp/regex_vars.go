package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/regex"
	"github.com/miniperl/miniperl/value"
)

// offsetsArray is @- (end false) or @+ (end true) of the last match as a
// fresh array: @+ has an element for every group of the pattern, @- only
// up to the last group that took part, as in perl.
func (it *Interp) offsetsArray(end bool) *value.Array {
	m := it.match
	if m == nil {
		return &value.Array{}
	}
	n := len(m.loc) / 2
	if !end {
		for n > 1 && m.loc[2*(n-1)] < 0 {
			n--
		}
	}
	vals := make([]value.Scalar, n)
	for i := range vals {
		vals[i] = it.matchOffset(i, end)
	}
	return value.NewArray(vals)
}

// namedCaptures is %+ (all false: the names whose leftmost group is
// set, with its text) or %- (all true: every name of the pattern, with a
// reference to the array of all its groups, undef where unset), built
// afresh from the last match.
func (it *Interp) namedCaptures(all bool) *value.Hash {
	h := value.NewHash()
	m := it.match
	if m == nil {
		return h
	}
	names := m.re.GroupNames()
	for _, name := range m.re.Names() {
		if all {
			vals := make([]value.Scalar, len(names[name]))
			for i, g := range names[name] {
				vals[i] = m.group(g)
			}
			*h.Elem(name) = value.RefValue(value.NewArray(vals))
			continue
		}
		if v := it.namedCapture(name); !v.IsUndef() {
			*h.Elem(name) = v
		}
	}
	return h
}

// lastClosedGroup is $^N: the group that closed last in the last match,
// which is the one ending furthest right, and of those the outermost.
func (it *Interp) lastClosedGroup() value.Scalar {
	m := it.match
	if m == nil {
		return value.UndefValue()
	}
	best := 0
	for i := 1; i < len(m.loc)/2; i++ {
		s, e := m.loc[2*i], m.loc[2*i+1]
		if s < 0 {
			continue
		}
		if best == 0 || e > m.loc[2*best+1] || (e == m.loc[2*best+1] && s < m.loc[2*best]) {
			best = i
		}
	}
	if best == 0 {
		return value.UndefValue()
	}
	return m.group(best)
}

// posAssign compiles pos(SCALAR) = EXPR (and pos() = EXPR on $_): the
// next m//g on that scalar starts there; undef forgets the position. A
// negative position counts from the end, and one past either end is
// clamped, as in perl.
func (c *compiler) posAssign(x *parser.Assign) scalarFn {
	call := x.L.(*parser.Call)
	t := parser.Node(&parser.Var{Sigil: '$', Name: "_"})
	if len(call.Args) > 0 {
		t = call.Args[0]
	}
	lv := c.lvalue(t)
	var r scalarFn
	if x.Op == "=" {
		r = c.scalar(x.R)
	} else {
		r = c.scalar(&parser.Binary{Op: strings.TrimSuffix(x.Op, "="), L: call, R: x.R})
	}
	return func(fr *frame) value.Scalar {
		v := r(fr)
		p := lv(fr)
		if v.IsUndef() {
			delete(fr.it.pos, p)
			return v
		}
		n, l := int(v.Int()), len(p.String())
		if n < 0 {
			n = max(n+l, 0)
		}
		n = min(n, l)
		fr.it.setPos(p, n, false)
		return v
	}
}

// isPosCall reports whether n is a call of pos.
func isPosCall(n parser.Node) bool {
	call, ok := n.(*parser.Call)
	return ok && call.Name == "pos" && !call.Amp
}

// gStart is where a match without /g starts: 0, or for a pattern with \G
// the target's pos(), where \G matches.
func (it *Interp) gStart(r *regex.Regexp, lv lvalueFn, fr *frame) int {
	if !r.UsesG() || lv == nil {
		return 0
	}
	if st, ok := it.posFor(lv(fr)); ok {
		return st.at
	}
	return 0
}

// isMatchVar reports whether n is one of the variables the last match
// sets ($1, $&, ...), which have no container of their own.
func isMatchVar(n parser.Node) bool {
	v, ok := n.(*parser.Var)
	if !ok || v.Sigil != '$' {
		return false
	}
	if _, ok := captureNumber(v.Name); ok {
		return true
	}
	switch v.Name {
	case "&", "`", "'", "+", "^N":
		return true
	}
	return false
}

// matchPattern compiles the pattern of m// or s///. An empty pattern
// means the last pattern that matched successfully, as in perl (split
// and qr// keep theirs).
func (c *compiler) matchPattern(x *parser.Pattern) func(*frame) *regex.Regexp {
	re := c.patternSource(x.Re, x.Flags, x.At().Line)
	if lit, ok := x.Re.(*parser.StringLit); !ok || lit.Value != "" {
		return re
	}
	return func(fr *frame) *regex.Regexp {
		if m := fr.it.match; m != nil {
			return m.re
		}
		return re(fr)
	}
}

// substituted finishes an s/// without /g that matched at loc: the new
// string is built with at most one allocation, and none when the match
// was at either end and the replacement is empty (s/\r?\n$//).
func (it *Interp) substituted(lv lvalueFn, fr *frame, ret bool, s string, loc []int, repl string) value.Scalar {
	var out string
	switch {
	case repl == "" && loc[1] == len(s):
		out = s[:loc[0]]
	case repl == "" && loc[0] == 0:
		out = s[loc[1]:]
	default:
		out = s[:loc[0]] + repl + s[loc[1]:]
	}
	if ret {
		return value.StrValue(out)
	}
	*lv(fr) = value.StrValue(out)
	return value.IntValue(1)
}

// matchAt runs one search and returns the last-match record for it, or
// nil. The record's offsets live in the record itself, and a failed
// search keeps it for the next one, so a search allocates at most once.
func (it *Interp) matchAt(re *regex.Regexp, s string, kind subjectKind, pos int, mode regex.ExecMode, file string, line int) *lastMatch {
	m := it.spareMatch
	if m == nil {
		m = &lastMatch{}
	}
	loc, err := re.ExecInto(&it.scratch, s, pos, mode, m.buf[:0])
	if err != nil {
		it.dieAt(file, line, "%s", err.Error())
	}
	if loc == nil {
		it.spareMatch = m
		return nil
	}
	it.spareMatch = nil
	m.subject, m.loc, m.re, m.wide = s, loc, re, kind
	return m
}
