package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/regex"
	"github.com/miniperl/miniperl/value"
)

// lastMatch is what the last successful match left for $1, $&, $`, $'
// and %+: the subject and perl's offsets.
type lastMatch struct {
	subject string
	loc     []int
	re      *regex.Regexp
}

// group returns capture group i of the last match, undef when it did not
// take part.
func (m *lastMatch) group(i int) value.Scalar {
	if m == nil || 2*i+1 >= len(m.loc) || m.loc[2*i] < 0 {
		return value.UndefValue()
	}
	return value.StrValue(m.subject[m.loc[2*i]:m.loc[2*i+1]])
}

// qrObject is the referent of a qr// value: a compiled pattern blessed
// into Regexp, which stringifies as (?^flags:pattern).
type qrObject struct{ re *regex.Regexp }

// BlessedInto implements value.Blessable.
func (q *qrObject) BlessedInto() string { return "Regexp" }

// RefType implements value.Typed.
func (q *qrObject) RefType() string { return "Regexp" }

// PerlString implements value.Stringer: "(?^i:...)".
func (q *qrObject) PerlString() string { return q.re.String() }

// patternSource compiles how a pattern is obtained: once at compile time
// when it interpolates nothing, else when it runs (the last pattern is
// kept, so a loop with an unchanging variable compiles it once).
func (c *compiler) patternSource(re parser.Node, flags string, line int) func(*frame) *regex.Regexp {
	opts := regex.Options{MatchTimeout: c.matchTimeout}
	flags = regexFlags(flags)
	if lit, ok := re.(*parser.StringLit); ok {
		compiled, err := regex.CompileOptions(lit.Value, flags, opts)
		if err != nil {
			c.fail(line, "%s", err.Error())
		}
		return func(*frame) *regex.Regexp { return compiled }
	}
	src := c.scalar(re)
	file := c.file
	c.nPatterns++
	site := c.nPatterns
	return func(fr *frame) *regex.Regexp {
		v := src(fr)
		if q, ok := v.Pointer().(*qrObject); ok && v.Kind() == value.Ref && flags == "" {
			return q.re
		}
		s := v.String()
		// The cache of each site's last pattern lives in the run: a
		// compiled Program keeps no state that concurrent runs share.
		it := fr.it
		if e, ok := it.patterns[site]; ok && e.src == s {
			return e.re
		}
		compiled, err := regex.CompileOptions(s, flags, opts)
		if err != nil {
			it.dieAt(file, line, "%s", err.Error())
		}
		if it.patterns == nil {
			it.patterns = map[int]cachedPattern{}
		}
		it.patterns[site] = cachedPattern{s, compiled}
		return compiled
	}
}

// cachedPattern is the last pattern an interpolating site compiled.
type cachedPattern struct {
	src string
	re  *regex.Regexp
}

// regexFlags keeps the modifiers the regex engine takes.
func regexFlags(flags string) string {
	var sb strings.Builder
	for _, f := range flags {
		if strings.ContainsRune("msixnpadlu", f) {
			sb.WriteRune(f)
		}
	}
	return sb.String()
}

// exec runs one search, dying with perl's message when the time limit
// runs out.
func (it *Interp) exec(re *regex.Regexp, s string, pos int, mode regex.ExecMode, file string, line int) []int {
	loc, err := re.Exec(&it.scratch, s, pos, mode)
	if err != nil {
		it.dieAt(file, line, "%s", err.Error())
	}
	return loc
}

// patternTarget compiles the string a pattern operator works on: its
// =~ target, or $_.
func (c *compiler) patternTarget(x *parser.Pattern) (scalarFn, lvalueFn) {
	t := x.Target
	if t == nil {
		t = &parser.Var{Sigil: '$', Name: "_"}
	}
	if !isScalarLvalue(t) {
		return c.warnTarget(x, t, c.scalar(t)), nil
	}
	// The target is evaluated once, as a container: (my $y = $x) =~ s///
	// assigns first and then works on $y.
	lv := c.lvalue(t)
	return c.warnTarget(x, t, func(fr *frame) value.Scalar { return *lv(fr) }), lv
}

// warnTarget makes a pattern operator's target warn when undefined.
func (c *compiler) warnTarget(x *parser.Pattern, t parser.Node, f scalarFn) scalarFn {
	op := "pattern match (m//)"
	switch x.Op {
	case "s":
		op = "substitution (s///)"
	case "tr":
		op = "transliteration (tr///)"
	}
	w := c.site(op, wUninit)
	if w == nil {
		return f
	}
	if l, ok := t.(*parser.List); ok && l.Paren && len(l.Items) == 1 {
		t = l.Items[0]
	}
	name := c.varName(t)
	if a, ok := t.(*parser.Assign); ok {
		name = c.varName(a.L)
	}
	return func(fr *frame) value.Scalar {
		v := f(fr)
		if v.IsUndef() {
			w.checkStr(fr, v, name)
		}
		return v
	}
}

// isScalarLvalue reports whether n names one scalar container.
func isScalarLvalue(n parser.Node) bool {
	switch x := n.(type) {
	case *parser.Var:
		return x.Sigil == '$'
	case *parser.Elem:
		return true
	case *parser.Deref:
		return x.Sigil == '$'
	case *parser.Assign:
		return !isListAssign(x.L)
	case *parser.Decl:
		return !x.Paren && len(x.Vars) == 1
	case *parser.List:
		return x.Paren && len(x.Items) == 1 && isScalarLvalue(x.Items[0])
	}
	return false
}

// matchScalar compiles m// in scalar context: true or false, with /g
// searching on from the target's pos().
func (c *compiler) matchScalar(x *parser.Pattern) scalarFn {
	if x.Op == "s" {
		return c.substitute(x)
	}
	if x.Op == "tr" {
		return c.transliterate(x)
	}
	if x.Op == "qr" {
		re := c.patternSource(x.Re, x.Flags, x.At().Line)
		return func(fr *frame) value.Scalar { return value.RefValue(&qrObject{re(fr)}) }
	}
	re := c.patternSource(x.Re, x.Flags, x.At().Line)
	target, lv := c.patternTarget(x)
	global := strings.Contains(x.Flags, "g")
	keepPos := strings.Contains(x.Flags, "c")
	negate := x.Negate
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		it := fr.it
		r := re(fr)
		if !global {
			s := target(fr).String()
			loc := it.exec(r, s, 0, 0, file, line)
			if loc != nil {
				it.match = &lastMatch{s, loc, r}
			}
			return value.BoolValue((loc != nil) != negate)
		}
		var p *value.Scalar
		if lv != nil {
			p = lv(fr)
		} else {
			v := target(fr)
			p = &v
		}
		s := p.String()
		start, mode := it.posOf(p)
		loc := it.exec(r, s, start, mode, file, line)
		if loc == nil {
			if !keepPos {
				delete(it.pos, p)
			}
			return value.BoolValue(negate)
		}
		it.match = &lastMatch{s, loc, r}
		it.setPos(p, loc[1], loc[0] == loc[1])
		return value.BoolValue(!negate)
	}
}

// posState is pos() of one scalar, and whether the match that set it was
// empty (the next /g search may then not match empty there).
type posState struct {
	at    int
	empty bool
}

func (it *Interp) posOf(p *value.Scalar) (int, regex.ExecMode) {
	st, ok := it.pos[p]
	if !ok {
		return 0, 0
	}
	if st.empty {
		return st.at, regex.NotEmptyAt
	}
	return st.at, 0
}

func (it *Interp) setPos(p *value.Scalar, at int, empty bool) {
	if it.pos == nil {
		it.pos = map[*value.Scalar]posState{}
	}
	it.pos[p] = posState{at, empty}
}

// matchList compiles m// in list context: the captures (or 1), or with
// /g every match's captures (or whole matches).
func (c *compiler) matchList(x *parser.Pattern) listFn {
	if x.Op != "m" || x.Negate {
		f := c.matchScalar(x)
		return func(fr *frame) []value.Scalar { return []value.Scalar{f(fr)} }
	}
	re := c.patternSource(x.Re, x.Flags, x.At().Line)
	target, lv := c.patternTarget(x)
	global := strings.Contains(x.Flags, "g")
	file, line := c.file, c.line
	return func(fr *frame) []value.Scalar {
		it := fr.it
		r := re(fr)
		s := target(fr).String()
		groups := r.NumGroups()
		captures := func(loc []int) []value.Scalar {
			m := &lastMatch{s, loc, r}
			out := make([]value.Scalar, groups)
			for i := range out {
				out[i] = m.group(i + 1)
			}
			return out
		}
		if !global {
			loc := it.exec(r, s, 0, 0, file, line)
			if loc == nil {
				return nil
			}
			it.match = &lastMatch{s, loc, r}
			if groups == 0 {
				return []value.Scalar{value.IntValue(1)}
			}
			return captures(loc)
		}
		var out []value.Scalar
		pos, mode := 0, regex.ExecMode(0)
		for pos <= len(s) {
			loc := it.exec(r, s, pos, mode, file, line)
			if loc == nil {
				break
			}
			it.match = &lastMatch{s, loc, r}
			if groups == 0 {
				out = append(out, value.StrValue(s[loc[0]:loc[1]]))
			} else {
				out = append(out, captures(loc)...)
			}
			pos, mode = loc[1], 0
			if loc[0] == loc[1] {
				mode = regex.NotEmptyAt
			}
		}
		if lv != nil {
			delete(it.pos, lv(fr))
		}
		return out
	}
}

// substitute compiles s///: it returns the number of substitutions (or
// with /r the new string), the replacement evaluated for each match with
// $1... set.
func (c *compiler) substitute(x *parser.Pattern) scalarFn {
	re := c.patternSource(x.Re, x.Flags, x.At().Line)
	target, lv := c.patternTarget(x)
	if lv == nil && !strings.Contains(x.Flags, "r") {
		c.fail(x.At().Line, "Can't modify %s in substitution (s///)", describe(x.Target))
	}
	repl := c.scalar(x.Repl)
	global := strings.Contains(x.Flags, "g")
	ret := strings.Contains(x.Flags, "r")
	if strings.Contains(x.Flags, "ee") {
		c.fail(x.At().Line, "s///ee (eval of the replacement) is not supported by miniperl")
	}
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		it := fr.it
		r := re(fr)
		s := target(fr).String()
		var sb strings.Builder
		count, last := 0, 0
		pos, mode := 0, regex.ExecMode(0)
		for pos <= len(s) {
			loc := it.exec(r, s, pos, mode, file, line)
			if loc == nil {
				break
			}
			it.match = &lastMatch{s, loc, r}
			sb.WriteString(s[last:loc[0]])
			sb.WriteString(repl(fr).String())
			last = loc[1]
			count++
			if !global {
				break
			}
			pos, mode = loc[1], 0
			if loc[0] == loc[1] {
				mode = regex.NotEmptyAt
			}
		}
		if count == 0 {
			if ret {
				return value.StrValue(s)
			}
			return value.BoolValue(false)
		}
		sb.WriteString(s[last:])
		if ret {
			return value.StrValue(sb.String())
		}
		*lv(fr) = value.StrValue(sb.String())
		return value.IntValue(int64(count))
	}
}

// transliterate compiles tr/// (y///): it returns the count, or with /r
// the new string.
func (c *compiler) transliterate(x *parser.Pattern) scalarFn {
	search := x.Re.(*parser.StringLit).Value
	repl := x.Repl.(*parser.StringLit).Value
	tr, err := regex.CompileTr(search, repl, x.Flags)
	if err != nil {
		c.fail(x.At().Line, "%s", err.Error())
	}
	target, lv := c.patternTarget(x)
	ret := tr.Returns()
	return func(fr *frame) value.Scalar {
		s := target(fr).String()
		out, n := tr.Apply(s)
		if ret {
			return value.StrValue(out)
		}
		if out != s && lv != nil {
			*lv(fr) = value.StrValue(out)
		}
		return value.IntValue(int64(n))
	}
}

// bindExpr compiles EXPR =~ EXPR where the right side is not a pattern
// literal: its value (a string or a qr// object) is the pattern.
func (c *compiler) bindExpr(x *parser.Binary) scalarFn {
	p := &parser.Pattern{Op: "m", Re: x.R, Target: x.L, Negate: x.Op == "!~"}
	return c.matchScalar(p)
}

// captureVar returns a getter for $1, $2 ..., $&, $`, $' and $+, or nil.
func captureVar(name string) scalarFn {
	switch name {
	case "&":
		return func(fr *frame) value.Scalar { return fr.it.match.group(0) }
	case "`":
		return func(fr *frame) value.Scalar {
			m := fr.it.match
			if m == nil {
				return value.UndefValue()
			}
			return value.StrValue(m.subject[:m.loc[0]])
		}
	case "'":
		return func(fr *frame) value.Scalar {
			m := fr.it.match
			if m == nil {
				return value.UndefValue()
			}
			return value.StrValue(m.subject[m.loc[1]:])
		}
	case "+":
		return func(fr *frame) value.Scalar {
			m := fr.it.match
			if m == nil {
				return value.UndefValue()
			}
			for i := len(m.loc)/2 - 1; i > 0; i-- {
				if m.loc[2*i] >= 0 {
					return m.group(i)
				}
			}
			return value.UndefValue()
		}
	}
	if n, ok := captureNumber(name); ok {
		return func(fr *frame) value.Scalar { return fr.it.match.group(n) }
	}
	return nil
}

func captureNumber(name string) (int, bool) {
	if name == "" || name[0] < '1' || name[0] > '9' {
		return 0, false
	}
	n := 0
	for i := 0; i < len(name); i++ {
		if name[i] < '0' || name[i] > '9' {
			return 0, false
		}
		n = n*10 + int(name[i]-'0')
	}
	return n, true
}

// namedCapture is $+{name}: the leftmost defined group of that name.
func (it *Interp) namedCapture(name string) value.Scalar {
	m := it.match
	if m == nil {
		return value.UndefValue()
	}
	for _, g := range m.re.GroupNames()[name] {
		if v := m.group(g); !v.IsUndef() {
			return v
		}
	}
	return value.UndefValue()
}

// cachedRegex compiles a pattern given as a string at run time, keeping
// the last one per site.
func (it *Interp) cachedRegex(site int, src, file string, line int) *regex.Regexp {
	if e, ok := it.patterns[site]; ok && e.src == src {
		return e.re
	}
	re, err := regex.Compile(src, "")
	if err != nil {
		it.dieAt(file, line, "%s", err.Error())
	}
	if it.patterns == nil {
		it.patterns = map[int]cachedPattern{}
	}
	it.patterns[site] = cachedPattern{src, re}
	return re
}

// matchOffset is $-[n] (start) or $+[n] (end) of group n of the last
// match; negative n counts from the last group.
func (it *Interp) matchOffset(n int, end bool) value.Scalar {
	m := it.match
	if m == nil {
		return value.UndefValue()
	}
	groups := len(m.loc) / 2
	if n < 0 {
		n += groups
	}
	if n < 0 || n >= groups || m.loc[2*n] < 0 {
		return value.UndefValue()
	}
	if end {
		return value.IntValue(int64(m.loc[2*n+1]))
	}
	return value.IntValue(int64(m.loc[2*n]))
}
