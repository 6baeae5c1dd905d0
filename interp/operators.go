package interp

import (
	"math"

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
		c.fail(x.At().Line, "Regular expressions are not supported yet")
	}
	if f := c.binaryConst(x); f != nil {
		return f
	}
	l, r := c.scalar(x.L), c.scalar(x.R)
	// Fast paths for the hottest integer operators: no error plumbing and
	// no Num() conversion when both sides are already integers.
	switch x.Op {
	case "+":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if a.Kind() == value.Int && b.Kind() == value.Int {
				i, j := a.Int(), b.Int()
				if s := i + j; (i >= 0) != (j >= 0) || (s >= 0) == (i >= 0) {
					return value.IntValue(s)
				}
			}
			return add(a, b)
		}
	case "-":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if a.Kind() == value.Int && b.Kind() == value.Int {
				i, j := a.Int(), b.Int()
				if d := i - j; (i >= 0) == (j >= 0) || (d >= 0) == (i >= 0) {
					return value.IntValue(d)
				}
			}
			return sub(a, b)
		}
	case "*":
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if a.Kind() == value.Int && b.Kind() == value.Int {
				i, j := a.Int(), b.Int()
				if i > -1<<31 && i < 1<<31 && j > -1<<31 && j < 1<<31 {
					return value.IntValue(i * j)
				}
			}
			return mul(a, b)
		}
	case "<", "<=", ">", ">=", "==", "!=":
		cmp := intCompare(x.Op)
		slow := binaryOp(x.Op)
		return func(fr *frame) value.Scalar {
			a, b := l(fr), r(fr)
			if a.Kind() == value.Int && b.Kind() == value.Int {
				return value.BoolValue(cmp(a.Int(), b.Int()))
			}
			v, _ := slow(a, b)
			return v
		}
	case ".":
		return func(fr *frame) value.Scalar {
			return value.StrValue(l(fr).String() + r(fr).String())
		}
	}
	op := binaryOp(x.Op)
	if op == nil {
		c.fail(x.At().Line, "Unsupported operator %s", x.Op)
	}
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		v, err := op(l(fr), r(fr))
		if err != "" {
			fr.it.dieAt(file, line, "%s", err)
		}
		return v
	}
}

func intCompare(op string) func(a, b int64) bool {
	switch op {
	case "<":
		return func(a, b int64) bool { return a < b }
	case "<=":
		return func(a, b int64) bool { return a <= b }
	case ">":
		return func(a, b int64) bool { return a > b }
	case ">=":
		return func(a, b int64) bool { return a >= b }
	case "==":
		return func(a, b int64) bool { return a == b }
	}
	return func(a, b int64) bool { return a != b }
}

func (c *compiler) logical(x *parser.Logical) scalarFn {
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

// isNaN is used by sort and comparisons of floats.
func isNaN(f float64) bool { return math.IsNaN(f) }

// binaryConst specialises `EXPR OP constant` for the integer operators
// that dominate loops (`$i < 1000`, `$i % 7`, `$n - 1`): the constant is
// never re-evaluated and integers skip the general path. It returns nil
// for other shapes.
func (c *compiler) binaryConst(x *parser.Binary) scalarFn {
	k, ok := x.R.(*parser.NumberLit)
	if !ok || !k.IsInt {
		return nil
	}
	var lv func(*frame) value.Scalar
	if v, ok := x.L.(*parser.Var); ok && v.Sigil == '$' && c.magicGet(v.Name) == nil {
		p := c.scalarLvalue(v)
		lv = func(fr *frame) value.Scalar { return *p(fr) }
	} else {
		lv = c.scalar(x.L)
	}
	j := k.Int
	kv := value.IntValue(j)
	var slow opFn
	switch x.Op {
	case "<", "<=", ">", ">=", "==", "!=":
		cmp := intCompare(x.Op)
		slow = binaryOp(x.Op)
		return func(fr *frame) value.Scalar {
			a := lv(fr)
			if a.Kind() == value.Int {
				return value.BoolValue(cmp(a.Int(), j))
			}
			r, _ := slow(a, kv)
			return r
		}
	case "+", "-":
		if j <= -1<<31 || j >= 1<<31 {
			return nil
		}
		d := j
		if x.Op == "-" {
			d = -j
		}
		return func(fr *frame) value.Scalar {
			a := lv(fr)
			if a.Kind() == value.Int {
				if i := a.Int(); i > -1<<62 && i < 1<<62 {
					return value.IntValue(i + d)
				}
			}
			return add(a, value.IntValue(d))
		}
	case "*":
		if j <= -1<<31 || j >= 1<<31 {
			return nil
		}
		return func(fr *frame) value.Scalar {
			a := lv(fr)
			if a.Kind() == value.Int {
				if i := a.Int(); i > -1<<31 && i < 1<<31 {
					return value.IntValue(i * j)
				}
			}
			return mul(a, kv)
		}
	case "%":
		if j <= 0 {
			return nil
		}
		return func(fr *frame) value.Scalar {
			a := lv(fr)
			if a.Kind() == value.Int {
				if i := a.Int(); i >= 0 {
					return value.IntValue(i % j)
				}
			}
			r, _ := mod(a, kv)
			return r
		}
	}
	return nil
}
