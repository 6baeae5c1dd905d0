package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// joinFixed compiles join(SEP, a, b, ...) whose items are each one
// scalar, as in join ' ', $w[0], $i, $w[1]: the items are evaluated into
// an array on the stack instead of a list built on the heap. nil for
// other calls (an array among the items, more than 8 of them).
func (c *compiler) joinFixed(x *parser.Call) scalarFn {
	items := x.Args[1:]
	if len(items) == 0 || len(items) > 8 {
		return nil
	}
	for _, a := range items {
		if !isSingle(a) {
			return nil
		}
	}
	sep := c.scalar(x.Args[0])
	fns := make([]scalarFn, len(items))
	for i, a := range items {
		fns[i] = c.scalar(a)
	}
	w := c.site("join or string", wUninit)
	var names func(*frame, int) string
	if w != nil {
		names = c.listNamer(items)
	}
	return func(fr *frame) value.Scalar {
		sv := sep(fr)
		var buf [8]value.Scalar
		vals := buf[:len(fns)]
		for i, f := range fns {
			vals[i] = f(fr)
		}
		if w != nil {
			for i := range vals {
				if vals[i].IsUndef() {
					w.checkStr(fr, vals[i], func(fr *frame) string { return names(fr, i) })
				}
			}
		}
		return value.Join(sv, vals)
	}
}

// joinArray compiles join(SEP, @array): the elements are joined where
// they are, not copied into a list first. nil for other calls.
func (c *compiler) joinArray(x *parser.Call) scalarFn {
	if len(x.Args) != 2 {
		return nil
	}
	v, ok := x.Args[1].(*parser.Var)
	if !ok || v.Sigil != '@' || v.Name == "-" || v.Name == "+" || v.Name == "_" {
		return nil
	}
	sep := c.scalar(x.Args[0])
	arr := c.arrayVar(v.Name)
	w := c.site("join or string", wUninit)
	var names func(*frame, int) string
	if w != nil {
		names = c.listNamer(x.Args[1:])
	}
	return func(fr *frame) value.Scalar {
		sv := sep(fr)
		elems := arr(fr).Elems
		if w != nil {
			for i, e := range elems {
				if e == nil || e.IsUndef() {
					w.checkStr(fr, value.UndefValue(), func(fr *frame) string { return names(fr, i) })
				}
			}
		}
		return value.JoinElems(sv, elems)
	}
}
