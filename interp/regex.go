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
	buf     [8]int // loc's storage for patterns of up to three groups
	// wide says whether the subject holds characters, so that the
	// captures are character strings too.
	wide subjectKind
}

// group returns capture group i of the last match, undef when it did not
// take part.
func (m *lastMatch) group(i int) value.Scalar {
	if m == nil || 2*i+1 >= len(m.loc) || m.loc[2*i] < 0 {
		return value.UndefValue()
	}
	return m.wide.value(m.subject[m.loc[2*i]:m.loc[2*i+1]])
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
	c.usesMatch = true
	opts := regex.Options{MatchTimeout: c.matchTimeout}
	once := strings.Contains(flags, "o")
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
		if e, ok := it.patterns[site]; ok && (e.src == s || once) {
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
	c.aggregateTargetWarn(x)
	t := x.Target
	if t == nil {
		t = &parser.Var{Sigil: '$', Name: "_"}
	}
	if !isScalarLvalue(t) || isMatchVar(t) {
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
	re := c.matchPattern(x)
	target, lv := c.patternTarget(x)
	global := strings.Contains(x.Flags, "g")
	keepPos := strings.Contains(x.Flags, "c")
	negate := x.Negate
	file, line := c.file, c.line
	once := c.matchOnceSite(x)
	constSite := c.constTargetSite(x)
	return func(fr *frame) value.Scalar {
		it := fr.it
		r := re(fr)
		if once > 0 {
			if it.matchedOnce[once] {
				return value.BoolValue(negate)
			}
			s, kind := matchSubject(target(fr))
			r = it.charRules(r, kind)
			loc := it.exec(r, s, 0, 0, file, line)
			if loc != nil {
				it.match = &lastMatch{subject: s, loc: loc, re: r, wide: kind}
				if it.matchedOnce == nil {
					it.matchedOnce = map[int]bool{}
				}
				it.matchedOnce[once] = true
			}
			return value.BoolValue((loc != nil) != negate)
		}
		if !global {
			s, kind := matchSubject(target(fr))
			r = it.charRules(r, kind)
			m := it.matchAt(r, s, kind, it.gStart(r, lv, fr), 0, file, line)
			if m != nil {
				it.match = m
			}
			return value.BoolValue((m != nil) != negate)
		}
		var p *value.Scalar
		switch {
		case lv != nil:
			p = lv(fr)
		case constSite > 0:
			// A constant is one value, as in perl: its pos() carries
			// from one evaluation to the next.
			p = it.constTarget(constSite, target(fr))
		default:
			v := target(fr)
			p = &v
		}
		s, kind := matchSubject(*p)
		r = it.charRules(r, kind)
		start, mode := it.posOf(p)
		m := it.matchAt(r, s, kind, start, mode, file, line)
		if m == nil {
			if !keepPos {
				delete(it.pos, p)
			}
			return value.BoolValue(negate)
		}
		it.match = m
		it.setPos(p, m.loc[1], m.loc[0] == m.loc[1])
		return value.BoolValue(!negate)
	}
}

// posState is pos() of one scalar, and whether the match that set it was
// empty (the next /g search may then not match empty there).
type posState struct {
	at    int
	empty bool
	id    value.Ident // what the scalar held when pos was set
}

// posFor returns the pos() state of p, unless p was modified since.
func (it *Interp) posFor(p *value.Scalar) (posState, bool) {
	st, ok := it.pos[p]
	if ok && st.id != p.Ident() {
		delete(it.pos, p)
		return posState{}, false
	}
	return st, ok
}

func (it *Interp) posOf(p *value.Scalar) (int, regex.ExecMode) {
	st, ok := it.posFor(p)
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
	it.pos[p] = posState{at, empty, p.Ident()}
}

// matchList compiles m// in list context: the captures (or 1), or with
// /g every match's captures (or whole matches).
func (c *compiler) matchList(x *parser.Pattern) listFn {
	if x.Op != "m" || x.Negate {
		f := c.matchScalar(x)
		return func(fr *frame) []value.Scalar { return []value.Scalar{f(fr)} }
	}
	re := c.matchPattern(x)
	target, lv := c.patternTarget(x)
	global := strings.Contains(x.Flags, "g")
	file, line := c.file, c.line
	return func(fr *frame) []value.Scalar {
		it := fr.it
		r := re(fr)
		s, wide := matchSubject(target(fr))
		r = it.charRules(r, wide)
		groups := r.NumGroups()
		captures := func(m *lastMatch) []value.Scalar {
			out := make([]value.Scalar, groups)
			for i := range out {
				out[i] = m.group(i + 1)
			}
			return out
		}
		if !global {
			m := it.matchAt(r, s, wide, it.gStart(r, lv, fr), 0, file, line)
			if m == nil {
				return nil
			}
			it.match = m
			if groups == 0 {
				return []value.Scalar{value.IntValue(1)}
			}
			return captures(m)
		}
		var out []value.Scalar
		pos, mode := 0, regex.ExecMode(0)
		for pos <= len(s) {
			m := it.matchAt(r, s, wide, pos, mode, file, line)
			if m == nil {
				break
			}
			it.match = m
			loc := m.loc
			if groups == 0 {
				out = append(out, wide.value(s[loc[0]:loc[1]]))
			} else {
				out = append(out, captures(m)...)
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
	re := c.matchPattern(x)
	target, lv := c.patternTarget(x)
	if lv == nil && !strings.Contains(x.Flags, "r") {
		c.fail(x.At().Line, "Can't modify %s in substitution (s///)", describe(x.Target))
	}
	repl := c.scalar(x.Repl)
	global := strings.Contains(x.Flags, "g")
	ret := strings.Contains(x.Flags, "r")
	if strings.Count(x.Flags, "e") >= 2 {
		// s///ee: the replacement's value is evaluated again as code
		// (more e's would evaluate again; perl allows any number).
		site := c.newEESite()
		first, evals := repl, strings.Count(x.Flags, "e")
		repl = func(fr *frame) value.Scalar {
			v := first(fr)
			for i := 2; i <= evals; i++ {
				v = site.eval(fr, v.String())
			}
			return v
		}
	}
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		it := fr.it
		r := re(fr)
		tv := target(fr)
		s, wide := matchSubject(tv)
		r = it.charRules(r, wide)
		// mixed: the result is built as UTF-8 characters from a subject
		// of one byte per character.
		mixed := wide == subjectLatin1
		var sb strings.Builder
		count, last := 0, 0
		pos, mode := it.gStart(r, lv, fr), regex.ExecMode(0)
		if !global {
			m := it.matchAt(r, s, wide, pos, mode, file, line)
			switch {
			case m == nil:
				pos = len(s) + 1 // no match: skip the loop
			case wide == subjectBytes:
				// One substitution on a byte string: no builder.
				it.match = m
				rv := repl(fr)
				if !rv.IsUTF8() {
					return it.substituted(lv, fr, ret, s, m.loc, rv.String())
				}
				out := value.Upgrade(s[:m.loc[0]]) + rv.UTF8String() + value.Upgrade(s[m.loc[1]:])
				if ret {
					return value.StringValue(out, true)
				}
				*lv(fr) = value.StringValue(out, true)
				return value.IntValue(1)
			}
			// Character strings take the general loop below, which
			// finds the same match again.
		}
		for pos <= len(s) {
			m := it.matchAt(r, s, wide, pos, mode, file, line)
			if m == nil {
				break
			}
			it.match = m
			loc := m.loc
			rv := repl(fr)
			if rv.IsUTF8() && wide == subjectBytes && !mixed {
				// A character replacement makes the result characters:
				// what is built so far, and the rest of the byte
				// subject, are upgraded.
				up := value.Upgrade(sb.String())
				sb.Reset()
				sb.WriteString(up)
				mixed = true
			}
			if mixed {
				sb.WriteString(value.Upgrade(s[last:loc[0]]))
				sb.WriteString(rv.UTF8String())
			} else {
				sb.WriteString(s[last:loc[0]])
				if wide == subjectUTF8 {
					sb.WriteString(rv.UTF8String())
				} else {
					sb.WriteString(rv.String())
				}
			}
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
				return value.StringValue(tv.String(), tv.IsUTF8())
			}
			return value.BoolValue(false)
		}
		if mixed {
			sb.WriteString(value.Upgrade(s[last:]))
		} else {
			sb.WriteString(s[last:])
		}
		chars := mixed || wide == subjectUTF8
		if ret {
			return value.StringValue(sb.String(), chars)
		}
		*lv(fr) = value.StringValue(sb.String(), chars)
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
	if tr.CountOnly() {
		if v, ok := x.Target.(*parser.Var); ok && lv != nil && v.Sigil == '$' {
			// $str =~ tr/a-z//: count in the variable's own string.
			return func(fr *frame) value.Scalar {
				if s, ok := lv(fr).ByteString(); ok {
					return value.IntValue(int64(tr.Count(s)))
				}
				return value.IntValue(int64(tr.Count(target(fr).String())))
			}
		}
		return func(fr *frame) value.Scalar { return value.IntValue(int64(tr.Count(target(fr).String()))) }
	}
	return func(fr *frame) value.Scalar {
		tv := target(fr)
		s := tv.String()
		out, n := tr.Apply(s)
		if ret {
			return tv.WithString(out)
		}
		if out != s && lv != nil {
			*lv(fr) = tv.WithString(out)
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
			return m.wide.value(m.subject[:m.loc[0]])
		}
	case "'":
		return func(fr *frame) value.Scalar {
			m := fr.it.match
			if m == nil {
				return value.UndefValue()
			}
			return m.wide.value(m.subject[m.loc[1]:])
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
		// @- ends at the last group that took part, @+ at the last group.
		last := groups
		for !end && last > 1 && m.loc[2*(last-1)] < 0 {
			last--
		}
		n += last
	}
	if n < 0 || n >= groups || m.loc[2*n] < 0 {
		return value.UndefValue()
	}
	if end {
		return value.IntValue(int64(m.loc[2*n+1]))
	}
	return value.IntValue(int64(m.loc[2*n]))
}
