package interp

import (
	"math/bits"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

func (c *compiler) unary(x *parser.Unary) scalarFn {
	if len(x.Op) == 2 && x.Op[0] == '-' && x.Op != "--" {
		return c.fileTest(x)
	}
	switch x.Op {
	case "\\":
		return c.refGen(x.X)
	}
	f := c.scalar(x.X)
	if x.Op == "neg" || x.Op == "~" {
		desc := "negation (-)"
		if x.Op == "~" {
			desc = "1's complement (~)"
		}
		if w := c.site(desc, wUninit|wNumeric); w != nil {
			inner, name := f, c.varName(x.X)
			f = func(fr *frame) value.Scalar {
				v := inner(fr)
				if v.IsUndef() {
					w.checkNum(fr, v, name)
				} else if s := v.String(); v.Kind() == value.Str && s != "" && !isIdentStart(s[0]) && s[0] != '-' && s[0] != '+' {
					w.checkNum(fr, v, name)
				}
				return v
			}
		}
	}
	switch x.Op {
	case "!":
		return func(fr *frame) value.Scalar { return value.BoolValue(!f(fr).Bool()) }
	case "neg":
		return func(fr *frame) value.Scalar { return negate(f(fr)) }
	case "~":
		return func(fr *frame) value.Scalar {
			v := f(fr)
			if v.Kind() == value.Str {
				b := []byte(v.String())
				for i := range b {
					b[i] = ^b[i]
				}
				return value.StrValue(string(b))
			}
			return value.UintValue(^v.Uint())
		}
	}
	c.fail(x.At().Line, "Unsupported operator %s", x.Op)
	return nil
}

// simpleIntLvalue returns the container of a plain scalar variable, for
// the ++/-- fast path.
func (c *compiler) simpleIntLvalue(n parser.Node) (lvalueFn, bool) {
	if v, ok := n.(*parser.Var); ok && v.Sigil == '$' && c.magicGet(v.Name) == nil {
		return c.scalarLvalue(v), true
	}
	return nil, false
}

func (c *compiler) incDec(x *parser.IncDec) scalarFn {
	lv := c.lvalue(x.X)
	delta := int64(1)
	if x.Op == "--" {
		delta = -1
	}
	if x.Prefix {
		return func(fr *frame) value.Scalar {
			p := lv(fr)
			incDecInPlace(p, delta)
			return *p
		}
	}
	return func(fr *frame) value.Scalar {
		p := lv(fr)
		old := *p
		incDecInPlace(p, delta)
		if old.IsUndef() {
			if delta > 0 {
				return value.IntValue(0)
			}
			return value.UndefValue()
		}
		if old.Kind() == value.Str && !old.LooksLikeNumber() && delta > 0 {
			return old
		}
		return old.Num()
	}
}

func (c *compiler) binary(x *parser.Binary) scalarFn {
	if x.Op == "=~" || x.Op == "!~" {
		return c.bindExpr(x)
	}
	c.bitopWarn(x)
	if c.strict().integer {
		if f := c.integerOp(x); f != nil {
			return f
		}
	}
	if f := c.strCompareExpr(x); f != nil {
		return f
	}
	l, r := c.scalar(x.L), c.scalar(x.R)
	var w *warnSite
	var ln, rn namer
	if desc, ok := opDescs[x.Op]; ok {
		cats := wUninit
		if numericOps[x.Op] {
			cats |= wNumeric
		}
		if w = c.site(desc, cats); w != nil {
			match := !isLiteral(x.L) && !isLiteral(x.R)
			ln, rn = c.varNameMatch(x.L, match), c.varNameMatch(x.R, match)
		}
	}
	if f := intBinary(x.Op, l, r, c.file, c.line, w, ln, rn); f != nil {
		return f
	}
	if x.Op == "." {
		return c.concat(x)
	}
	op := binaryOp(x.Op)
	if op == nil {
		c.fail(x.At().Line, "Unsupported operator %s", x.Op)
	}
	file, line := c.file, c.line
	if w != nil {
		if x.Op == "x" {
			return func(fr *frame) value.Scalar {
				a, b := l(fr), r(fr)
				w.checkNum(fr, b, rn)
				w.checkStr(fr, a, ln)
				negativeRepeat(fr, w, b)
				v, _ := op(a, b)
				return v
			}
		}
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			w.num2(fr, a, b, ln, rn)
			v, err := op(a, b)
			if err != "" {
				fr.it.dieAt(file, line, "%s", err)
			}
			return v
		}
	}
	return func(fr *frame) value.Scalar {
		v, err := op(l(fr), r(fr))
		if err != "" {
			fr.it.dieAt(file, line, "%s", err)
		}
		return v
	}
}

// intBinary returns the operators that dominate loops with a fast path
// for two integer operands (no conversion, no error plumbing), falling
// back to the general implementation; nil for other operators. Each
// operator is its own closure so the integer test inlines.
func intBinary(op string, l, r scalarFn, file string, line int, w *warnSite, ln, rn namer) scalarFn {
	both := func(a, b value.Scalar) bool { return a.Kind() == value.Int && b.Kind() == value.Int }
	const lim = 1 << 62
	switch op {
	case "+":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				if i, j := a.RawInt(), b.RawInt(); i > -lim && i < lim && j > -lim && j < lim {
					return value.IntValue(i + j)
				}
			}
			w.num2(fr, a, b, ln, rn)
			return add(a, b)
		}
	case "-":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				if i, j := a.RawInt(), b.RawInt(); i > -lim && i < lim && j > -lim && j < lim {
					return value.IntValue(i - j)
				}
			}
			w.num2(fr, a, b, ln, rn)
			return sub(a, b)
		}
	case "*":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				if i, j := a.RawInt(), b.RawInt(); i > -1<<31 && i < 1<<31 && j > -1<<31 && j < 1<<31 {
					return value.IntValue(i * j)
				}
			}
			w.num2(fr, a, b, ln, rn)
			return mul(a, b)
		}
	case "%":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				if i, j := a.RawInt(), b.RawInt(); i >= 0 && j > 0 {
					return value.IntValue(i % j)
				}
			}
			w.num2(fr, a, b, ln, rn)
			v, err := mod(a, b)
			if err != "" {
				fr.it.dieAt(file, line, "%s", err)
			}
			return v
		}
	case "<":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				return value.BoolValue(a.RawInt() < b.RawInt())
			}
			w.num2(fr, a, b, ln, rn)
			return compareSlow("<", a, b)
		}
	case "<=":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				return value.BoolValue(a.RawInt() <= b.RawInt())
			}
			w.num2(fr, a, b, ln, rn)
			return compareSlow("<=", a, b)
		}
	case ">":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				return value.BoolValue(a.RawInt() > b.RawInt())
			}
			w.num2(fr, a, b, ln, rn)
			return compareSlow(">", a, b)
		}
	case ">=":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				return value.BoolValue(a.RawInt() >= b.RawInt())
			}
			w.num2(fr, a, b, ln, rn)
			return compareSlow(">=", a, b)
		}
	case "==":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				return value.BoolValue(a.RawInt() == b.RawInt())
			}
			w.num2(fr, a, b, ln, rn)
			return compareSlow("==", a, b)
		}
	case "!=":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				return value.BoolValue(a.RawInt() != b.RawInt())
			}
			w.num2(fr, a, b, ln, rn)
			return compareSlow("!=", a, b)
		}
	case "<=>":
		slow := binaryOp(op)
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				i, j := a.RawInt(), b.RawInt()
				switch {
				case i < j:
					return value.IntValue(-1)
				case i > j:
					return value.IntValue(1)
				}
				return value.IntValue(0)
			}
			w.num2(fr, a, b, ln, rn)
			v, _ := slow(a, b)
			return v
		}
	case "&", "|", "^", "<<", ">>":
		slow := binaryOp(op)
		var f func(i, j int64) int64
		switch op {
		case "&":
			f = func(i, j int64) int64 { return i & j }
		case "|":
			f = func(i, j int64) int64 { return i | j }
		case "^":
			f = func(i, j int64) int64 { return i ^ j }
		case "<<":
			f = func(i, j int64) int64 {
				if j > 62-int64(bits.Len64(uint64(i))) {
					return -1
				}
				return i << uint(j)
			}
		default:
			f = func(i, j int64) int64 { return i >> uint(j) }
		}
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if both(a, b) {
				if i, j := a.RawInt(), b.RawInt(); i >= 0 && j >= 0 && j < 64 {
					if v := f(i, j); v >= 0 {
						return value.IntValue(v)
					}
				}
			}
			w.num2(fr, a, b, ln, rn)
			v, _ := slow(a, b)
			return v
		}
	}
	return nil
}

// compareSlow compares operands that are not both integers.
func compareSlow(op string, a, b value.Scalar) value.Scalar {
	v, _ := numCompareOp(op)(a, b)
	return v
}

func (c *compiler) logical(x *parser.Logical) scalarFn {
	c.precedenceWarn(x)
	l, r := c.scalar(x.L), c.scalar(x.R)
	switch x.Op {
	case "&&", "and":
		return func(fr *frame) value.Scalar {
			if v := l(fr); !v.Bool() {
				return v
			}
			return r(fr)
		}
	case "||", "or":
		return func(fr *frame) value.Scalar {
			if v := l(fr); v.Bool() {
				return v
			}
			return r(fr)
		}
	case "//":
		return func(fr *frame) value.Scalar {
			if v := l(fr); !v.IsUndef() {
				return v
			}
			return r(fr)
		}
	case "xor":
		return func(fr *frame) value.Scalar { return value.BoolValue(l(fr).Bool() != r(fr).Bool()) }
	}
	c.fail(x.At().Line, "Unsupported operator %s", x.Op)
	return nil
}

// concat compiles a chain of . operators ("item" . $i . ",") into one
// closure that builds the result with a single allocation.
func (c *compiler) concat(x *parser.Binary) scalarFn {
	parts := c.concatParts(x)
	if f := c.concatWarn(concatNodes(x), parts, "concatenation (.) or string"); f != nil {
		return f
	}
	if len(parts) == 2 {
		l, r := parts[0], parts[1]
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if a.IsUTF8() || b.IsUTF8() {
				return value.Concat(a, b)
			}
			return value.StrValue(a.String() + b.String())
		}
	}
	return func(fr *frame) value.Scalar {
		var buf [8]string
		strs := buf[:0]
		n := 0
		for i, p := range parts {
			v := p(fr)
			if v.IsUTF8() {
				return concatWide(fr, strs, v, parts[i+1:])
			}
			s := v.String()
			n += len(s)
			strs = append(strs, s)
		}
		var sb strings.Builder
		sb.Grow(n)
		for _, s := range strs {
			sb.WriteString(s)
		}
		return value.StrValue(sb.String())
	}
}

// concatParts compiles the operands of a chain of . operators, left to
// right.
func (c *compiler) concatParts(x *parser.Binary) []scalarFn {
	var parts []scalarFn
	var walk func(n parser.Node)
	walk = func(n parser.Node) {
		if b, ok := n.(*parser.Binary); ok && b.Op == "." {
			walk(b.L)
			walk(b.R)
			return
		}
		parts = append(parts, c.scalar(n))
	}
	walk(x)
	return parts
}
