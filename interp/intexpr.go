package interp

import (
	"math/bits"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// intFn evaluates a side-effect-free arithmetic expression on integers
// only. It reports false when an operand is not an integer or a result
// would leave the range where integer and perl arithmetic agree; the
// caller then evaluates the general form instead, which is safe because
// the expression has no side effects.
//
// This is the fast path for loop arithmetic such as
// `$sum = ($sum + $i * $i) % $m` and `$i < $n`: values move as int64 in
// registers rather than as whole scalars.
type intFn func(fr *frame) (int64, bool)

// intExpr compiles n as an intFn, or returns nil when n is not a pure
// integer expression of variables, constants and integer operators.
func (c *compiler) intExpr(n parser.Node) intFn {
	switch x := n.(type) {
	case *parser.NumberLit:
		if !x.IsInt {
			return nil
		}
		k := x.Int
		return func(*frame) (int64, bool) { return k, true }
	case *parser.Var:
		if x.Sigil != '$' || c.magicGet(x.Name) != nil {
			return nil
		}
		if slot, ok := c.lookup('$', x.Name); ok {
			return func(fr *frame) (int64, bool) { return fr.scalars[slot].AsInt() }
		}
		gi := c.global(c.qualify(x.Name))
		return func(fr *frame) (int64, bool) { return fr.it.globs[gi].Scalar.AsInt() }
	case *parser.List:
		if x.Paren && len(x.Items) == 1 {
			return c.intExpr(x.Items[0])
		}
	case *parser.Unary:
		if x.Op == "neg" {
			if f := c.intExpr(x.X); f != nil {
				return func(fr *frame) (int64, bool) {
					i, ok := f(fr)
					return -i, ok && i > -1<<62
				}
			}
		}
	case *parser.Binary:
		return c.intBinaryExpr(x)
	case *parser.Call:
		return c.intCall(x)
	case *parser.Elem:
		return c.intElem(x)
	}
	return nil
}

// intElem reads $a[EXPR] as an integer: reading an element of a named
// array has no side effects (nothing is autovivified), so it may take
// part in the integer fast path.
func (c *compiler) intElem(x *parser.Elem) intFn {
	v, ok := x.Container.(*parser.Var)
	if x.Hash || !ok || v.Sigil != '@' || v.Name == "-" || v.Name == "+" {
		return nil
	}
	idx := c.intExpr(x.Key)
	if idx == nil {
		return nil
	}
	arr := c.arrayVar(v.Name)
	return func(fr *frame) (int64, bool) {
		i, ok := idx(fr)
		if !ok {
			return 0, false
		}
		a := arr(fr)
		if i < 0 || i >= int64(len(a.Elems)) || a.Elems[i] == nil {
			return 0, false
		}
		return a.Elems[i].AsInt()
	}
}

func (c *compiler) intBinaryExpr(x *parser.Binary) intFn {
	switch x.Op {
	case "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>":
	default:
		return nil
	}
	l, r := c.intExpr(x.L), c.intExpr(x.R)
	if l == nil || r == nil {
		return nil
	}
	const lim = 1 << 62
	switch x.Op {
	case "+":
		return func(fr *frame) (int64, bool) {
			i, ok1 := l(fr)
			j, ok2 := r(fr)
			return i + j, ok1 && ok2 && i > -lim && i < lim && j > -lim && j < lim
		}
	case "-":
		return func(fr *frame) (int64, bool) {
			i, ok1 := l(fr)
			j, ok2 := r(fr)
			return i - j, ok1 && ok2 && i > -lim && i < lim && j > -lim && j < lim
		}
	case "*":
		return func(fr *frame) (int64, bool) {
			i, ok1 := l(fr)
			j, ok2 := r(fr)
			return i * j, ok1 && ok2 && i > -1<<31 && i < 1<<31 && j > -1<<31 && j < 1<<31
		}
	case "/":
		// Exact quotients only: perl's result is then an integer too.
		return func(fr *frame) (int64, bool) {
			i, ok1 := l(fr)
			j, ok2 := r(fr)
			if !ok1 || !ok2 || j == 0 || j == -1 || i%j != 0 {
				return 0, false
			}
			return i / j, true
		}
	case "%":
		return func(fr *frame) (int64, bool) {
			i, ok1 := l(fr)
			j, ok2 := r(fr)
			if !ok1 || !ok2 || i < 0 || j <= 0 {
				return 0, false
			}
			return i % j, true
		}
	case "&":
		return func(fr *frame) (int64, bool) {
			i, ok1 := l(fr)
			j, ok2 := r(fr)
			return i & j, ok1 && ok2 && i >= 0 && j >= 0
		}
	case "|":
		return func(fr *frame) (int64, bool) {
			i, ok1 := l(fr)
			j, ok2 := r(fr)
			return i | j, ok1 && ok2 && i >= 0 && j >= 0
		}
	case "^":
		return func(fr *frame) (int64, bool) {
			i, ok1 := l(fr)
			j, ok2 := r(fr)
			return i ^ j, ok1 && ok2 && i >= 0 && j >= 0
		}
	case "<<":
		return func(fr *frame) (int64, bool) {
			i, ok1 := l(fr)
			j, ok2 := r(fr)
			if !ok1 || !ok2 || i < 0 || j < 0 || j > 62-int64(bits.Len64(uint64(i))) {
				return 0, false
			}
			return i << uint(j), true
		}
	case ">>":
		return func(fr *frame) (int64, bool) {
			i, ok1 := l(fr)
			j, ok2 := r(fr)
			if !ok1 || !ok2 || i < 0 || j < 0 || j > 63 {
				return 0, false
			}
			return i >> uint(j), true
		}
	}
	return nil
}

// intCond compiles an integer comparison for a condition, with the
// general comparison as fallback; nil when n is not one.
func (c *compiler) intCond(n parser.Node) func(*frame) bool {
	x, ok := n.(*parser.Binary)
	if !ok {
		return nil
	}
	switch x.Op {
	case "<", "<=", ">", ">=", "==", "!=":
	case "%", "&":
		// if ($i % 3), if ($n & 1): true when the integer is not zero.
		f := c.intBinaryExpr(x)
		if f == nil {
			return nil
		}
		slow := c.scalar(x)
		return func(fr *frame) bool {
			if i, ok := f(fr); ok {
				return i != 0
			}
			return slow(fr).Bool()
		}
	default:
		return nil
	}
	l, r := c.intExpr(x.L), c.intExpr(x.R)
	if l == nil || r == nil {
		return nil
	}
	slow := c.scalar(x)
	var cmp func(i, j int64) bool
	switch x.Op {
	case "<":
		return func(fr *frame) bool {
			i, ok1 := l(fr)
			j, ok2 := r(fr)
			if ok1 && ok2 {
				return i < j
			}
			return slow(fr).Bool()
		}
	case "<=":
		cmp = func(i, j int64) bool { return i <= j }
	case ">":
		cmp = func(i, j int64) bool { return i > j }
	case ">=":
		cmp = func(i, j int64) bool { return i >= j }
	case "==":
		cmp = func(i, j int64) bool { return i == j }
	default:
		cmp = func(i, j int64) bool { return i != j }
	}
	return func(fr *frame) bool {
		i, ok1 := l(fr)
		j, ok2 := r(fr)
		if ok1 && ok2 {
			return cmp(i, j)
		}
		return slow(fr).Bool()
	}
}

// withIntPath wraps the general form of an arithmetic expression with
// its integer fast path, when it has one.
func (c *compiler) withIntPath(n parser.Node, general scalarFn) scalarFn {
	f := c.intBinaryExprIfBinary(n)
	if f == nil {
		return general
	}
	return func(fr *frame) value.Scalar {
		if i, ok := f(fr); ok {
			return value.IntValue(i)
		}
		return general(fr)
	}
}

func (c *compiler) intBinaryExprIfBinary(n parser.Node) intFn {
	if x, ok := n.(*parser.Binary); ok {
		return c.intBinaryExpr(x)
	}
	return nil
}
