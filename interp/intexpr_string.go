package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// strLeafFn reads a side-effect-free expression as a byte string for the
// integer fast path; ok is false when the value is anything else (undef,
// a number, a character string), and the general path then runs.
type strLeafFn func(fr *frame) (string, bool)

// strLeaf compiles the string expressions that may feed an integer leaf
// (length, ord, index): constants, plain scalar variables, elements of
// named arrays and substr of those. nil for anything else.
func (c *compiler) strLeaf(n parser.Node) strLeafFn {
	switch x := n.(type) {
	case *parser.StringLit:
		v := c.scalar(x)(nil) // a literal's closure ignores its frame
		s, ok := v.ByteString()
		if !ok {
			return nil
		}
		return func(*frame) (string, bool) { return s, true }
	case *parser.Var:
		if x.Sigil != '$' || c.magicGet(x.Name) != nil {
			return nil
		}
		if slot, ok := c.lookup('$', x.Name); ok {
			return func(fr *frame) (string, bool) { return fr.scalars[slot].ByteString() }
		}
		gi := c.global(c.qualify(x.Name))
		return func(fr *frame) (string, bool) { return fr.it.globs[gi].Scalar.ByteString() }
	case *parser.Elem:
		v, ok := x.Container.(*parser.Var)
		if x.Hash || !ok || v.Sigil != '@' || v.Name == "-" || v.Name == "+" {
			return nil
		}
		idx := c.intExpr(x.Key)
		if idx == nil {
			return nil
		}
		arr := c.arrayVar(v.Name)
		return func(fr *frame) (string, bool) {
			i, ok := idx(fr)
			if !ok {
				return "", false
			}
			a := arr(fr)
			if i < 0 || i >= int64(len(a.Elems)) || a.Elems[i] == nil {
				return "", false
			}
			return a.Elems[i].ByteString()
		}
	case *parser.Call:
		if x.Name != "substr" || x.Amp || len(x.Args) < 2 || len(x.Args) > 3 {
			return nil
		}
		src, off := c.strLeaf(x.Args[0]), c.intExpr(x.Args[1])
		var ln intFn
		if len(x.Args) == 3 {
			if ln = c.intExpr(x.Args[2]); ln == nil {
				return nil
			}
		}
		if src == nil || off == nil {
			return nil
		}
		return func(fr *frame) (string, bool) {
			s, ok := src(fr)
			if !ok {
				return "", false
			}
			o, ok := off(fr)
			if !ok {
				return "", false
			}
			var l int64
			if ln != nil {
				if l, ok = ln(fr); !ok {
					return "", false
				}
			}
			start, end, ok := substrRange(len(s), int(o), int(l), ln != nil)
			if !ok {
				// Outside the string: the general path warns.
				return "", false
			}
			return s[start:end], true
		}
	}
	return nil
}

// intCallString compiles the built-ins over strings that can be leaves
// of an integer expression: length of a string expression, ord, index
// and rindex, and scalar(@array). nil for any other call.
func (c *compiler) intCallString(x *parser.Call) intFn {
	if x.Amp {
		return nil
	}
	switch x.Name {
	case "length", "ord":
		if len(x.Args) != 1 {
			return nil
		}
		s := c.strLeaf(x.Args[0])
		if s == nil {
			return nil
		}
		if x.Name == "length" {
			return func(fr *frame) (int64, bool) {
				v, ok := s(fr)
				return int64(len(v)), ok
			}
		}
		return func(fr *frame) (int64, bool) {
			v, ok := s(fr)
			if !ok || v == "" {
				return 0, ok
			}
			return int64(v[0]), true
		}
	case "index", "rindex":
		if len(x.Args) < 2 || len(x.Args) > 3 {
			return nil
		}
		s, sub := c.strLeaf(x.Args[0]), c.strLeaf(x.Args[1])
		var pos intFn
		if len(x.Args) == 3 {
			if pos = c.intExpr(x.Args[2]); pos == nil {
				return nil
			}
		}
		if s == nil || sub == nil {
			return nil
		}
		rev := x.Name == "rindex"
		return func(fr *frame) (int64, bool) {
			a, ok1 := s(fr)
			b, ok2 := sub(fr)
			if !ok1 || !ok2 {
				return 0, false
			}
			if pos != nil {
				p, ok := pos(fr)
				if !ok {
					return 0, false
				}
				return int64(indexAt(a, b, int(p), rev)), true
			}
			if rev {
				return int64(strings.LastIndex(a, b)), true
			}
			return int64(strings.Index(a, b)), true
		}
	case "scalar":
		if len(x.Args) != 1 {
			return nil
		}
		v, ok := x.Args[0].(*parser.Var)
		if !ok || v.Sigil != '@' || v.Name == "-" || v.Name == "+" || v.Name == "_" {
			return nil
		}
		arr := c.arrayVar(v.Name)
		return func(fr *frame) (int64, bool) { return int64(arr(fr).Len()), true }
	}
	return nil
}

// byteLen is the length of a byte string scalar; false for other kinds
// (a character string's length counts characters).
func byteLen(v *value.Scalar) (int64, bool) {
	s, ok := v.ByteString()
	return int64(len(s)), ok
}
