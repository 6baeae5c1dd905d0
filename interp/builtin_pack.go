package interp

import (
	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"strings"
)

// pack and unpack. Socket and protocol code calls them in its inner loops
// (a header per frame, a sockaddr per connection), so the calls are
// compiled to do as little as possible besides the packing itself: a
// constant template is parsed once at compile time, arguments are
// evaluated into a reused buffer instead of a fresh list, and
// `my ($a, $b) = unpack(...)` and scalar unpack take their values from a
// reused buffer instead of a list of their own.

// argBufs is a run's free list of value buffers for calls that use a list
// only while they run (pack's arguments, unpack's values on their way
// into variables). A buffer in use is off the list, so a nested call (a
// pack among the arguments of a pack, a sub called by an lvalue) takes
// another; a die while one is in use leaves it to the garbage collector.
type argBufs struct {
	free [][]value.Scalar
}

// get returns an empty buffer.
func (b *argBufs) get() []value.Scalar {
	if n := len(b.free); n > 0 {
		s := b.free[n-1]
		b.free = b.free[:n-1]
		return s
	}
	return make([]value.Scalar, 0, 8)
}

// put returns s to the free list. Values that could keep much memory
// alive (long strings, references) are cleared; short strings and numbers
// are left for the next call to overwrite, because clearing every value
// costs a write barrier per value while the collector runs, which with
// the small heaps of scripts is much of the time. Huge buffers are
// dropped rather than kept for the whole run.
func (b *argBufs) put(s []value.Scalar) {
	if cap(s) > 1024 {
		return
	}
	for i := range s {
		switch s[i].Kind() {
		case value.Int, value.Float, value.Uint, value.Undef:
		case value.Str:
			if len(s[i].String()) > 64 {
				s[i] = value.Scalar{}
			}
		default:
			s[i] = value.Scalar{}
		}
	}
	b.free = append(b.free, s[:0])
}

// argItem is one argument expression: a scalar, or a list flattened into
// the arguments.
type argItem struct {
	one  scalarFn
	many listFn
}

// compileArgItems compiles args as the items of a flattened list.
func (c *compiler) compileArgItems(args []parser.Node) []argItem {
	items := make([]argItem, len(args))
	for i, a := range args {
		if isSingle(a) {
			items[i].one = c.scalar(a)
		} else {
			items[i].many = c.list(a)
		}
	}
	return items
}

// appendArgs evaluates items in order, appending their values to out.
func appendArgs(fr *frame, items []argItem, out []value.Scalar) []value.Scalar {
	for _, it := range items {
		if it.one != nil {
			out = append(out, it.one(fr))
		} else {
			out = append(out, it.many(fr)...)
		}
	}
	return out
}

// packCall compiles pack TEMPLATE, LIST.
func (c *compiler) packCall(x *parser.Call) scalarFn {
	file, line := c.file, c.line
	if len(x.Args) == 0 || !isSingle(x.Args[0]) {
		// pack(@list): the template is the list's first value.
		args := c.listArgs(x)
		return func(fr *frame) value.Scalar {
			vals := args(fr)
			if len(vals) == 0 {
				fr.it.dieAt(file, line, "Not enough arguments for pack")
			}
			s, wide, err := fr.it.packs.PackChars(vals[0].String(), vals[1:])
			if err != nil {
				fr.it.dieAt(file, line, "%s", err.Error())
			}
			return value.StringValue(s, wide)
		}
	}
	items := c.compileArgItems(x.Args[1:])
	if lit, ok := x.Args[0].(*parser.StringLit); ok && !strings.Contains(lit.Value, "U") {
		// Without U the result is always a byte string: the template
		// is parsed once, here.
		tmpl := builtins.ParsePackTemplate(lit.Value)
		return func(fr *frame) value.Scalar {
			it := fr.it
			buf := appendArgs(fr, items, it.bufs.get())
			s, err := tmpl.Pack(buf)
			it.bufs.put(buf)
			if err != nil {
				it.dieAt(file, line, "%s", err.Error())
			}
			return value.StrValue(s)
		}
	}
	tmplArg := c.scalar(x.Args[0])
	return func(fr *frame) value.Scalar {
		it := fr.it
		tmpl := tmplArg(fr).String()
		buf := appendArgs(fr, items, it.bufs.get())
		s, wide, err := it.packs.PackChars(tmpl, buf)
		it.bufs.put(buf)
		if err != nil {
			it.dieAt(file, line, "%s", err.Error())
		}
		return value.StringValue(s, wide)
	}
}

// unpackInto compiles unpack TEMPLATE, EXPR (EXPR defaults to $_) as a
// function appending the values to a buffer, which the caller owns.
func (c *compiler) unpackInto(x *parser.Call) unpackFn {
	args := c.scalarArgs(x, 1, 2)
	if len(args) == 1 {
		args = append(args, c.scalar(&parser.Var{Sigil: '$', Name: "_"}))
	}
	file, line := c.file, c.line
	data := args[1]
	if lit, ok := x.Args[0].(*parser.StringLit); ok {
		tmpl := builtins.ParseUnpackTemplate(lit.Value)
		return func(fr *frame, out []value.Scalar) []value.Scalar {
			dv := data(fr)
			if dv.IsUTF8() {
				return fr.it.unpackCharString(out, lit.Value, dv, file, line)
			}
			out, err := tmpl.AppendUnpack(out, dv.String())
			if err != nil {
				fr.it.dieAt(file, line, "%s", err.Error())
			}
			return out
		}
	}
	tmplArg := args[0]
	return func(fr *frame, out []value.Scalar) []value.Scalar {
		tmpl := tmplArg(fr).String()
		dv := data(fr)
		if dv.IsUTF8() {
			return fr.it.unpackCharString(out, tmpl, dv, file, line)
		}
		out, err := fr.it.packs.AppendUnpack(out, tmpl, dv.String())
		if err != nil {
			fr.it.dieAt(file, line, "%s", err.Error())
		}
		return out
	}
}

// unpackCall compiles unpack TEMPLATE, EXPR in list context.
func (c *compiler) unpackCall(x *parser.Call) listFn {
	f := c.unpackInto(x)
	return func(fr *frame) []value.Scalar { return f(fr, nil) }
}

// unpackScalar compiles unpack in scalar context: the first value.
func (c *compiler) unpackScalar(x *parser.Call) scalarFn {
	f := c.unpackInto(x)
	return func(fr *frame) value.Scalar {
		it := fr.it
		buf := f(fr, it.bufs.get())
		v := value.UndefValue()
		if len(buf) > 0 {
			v = buf[0]
		}
		it.bufs.put(buf)
		return v
	}
}

// isUnpackCall reports whether n is a call of the built-in unpack.
func isUnpackCall(n parser.Node) bool {
	call, ok := n.(*parser.Call)
	return ok && call.Name == "unpack" && !call.Amp && len(call.Args) > 0
}

// unpackFn is a compiled unpack appending its values to a buffer the
// caller owns.
type unpackFn func(fr *frame, out []value.Scalar) []value.Scalar

// unpackToScalars is the fast path of `my ($a, $b) = unpack(...)` and
// `my @a = unpack(...)` where only the count is needed: the values go from
// a reused buffer straight into the scalars (and the array, which copies
// them). It returns nil when there is no unpack or the targets are not
// scalars with at most an array at the end.
//
// With fresh (the targets are a `my` list) and an array, the array was
// just emptied by `my`, keeping the room of its element list. The values
// are then unpacked into a new slice of their own, which becomes the
// array's elements as they are: `my @a; push @a, ...` without copying.
func unpackToScalars(unpack unpackFn, targets []target, fresh bool) func(*frame) (int, []value.Scalar) {
	if unpack == nil {
		return nil
	}
	hasArray := false
	for i, t := range targets {
		if t.scalar == nil && !t.skip && (t.array == nil || i != len(targets)-1) {
			return nil
		}
		hasArray = hasArray || t.array != nil
	}
	own := fresh && hasArray
	return func(fr *frame) (int, []value.Scalar) {
		it := fr.it
		var vals []value.Scalar
		if own {
			vals = unpack(fr, nil) // a new slice, sized for the template
		} else {
			vals = unpack(fr, it.bufs.get())
		}
		for i, t := range targets {
			switch {
			case t.skip:
			case t.array != nil:
				a := t.array(fr)
				if own {
					for k := i; k < len(vals); k++ {
						a.Elems = append(a.Elems, &vals[k])
					}
				} else {
					a.SetValues(vals[min(i, len(vals)):])
				}
			default:
				p := t.scalar(fr)
				if i < len(vals) {
					*p = vals[i]
				} else {
					*p = value.UndefValue()
				}
			}
		}
		n := len(vals)
		if !own {
			it.bufs.put(vals)
		}
		return n, nil
	}
}

// unpackCharString unpacks a character string as perl does: "U*" gives
// its code points; otherwise a string whose characters fit in bytes is
// unpacked as those bytes, and a wider one as UTF-8 in U0 mode.
func (it *Interp) unpackCharString(out []value.Scalar, template string, data value.Scalar, file string, line int) []value.Scalar {
	if strings.TrimSpace(template) == "U*" {
		return append(out, unpackChars(data.String())...)
	}
	tmpl, bytes := unpackData(template, data)
	out, err := it.packs.AppendUnpack(out, tmpl, bytes)
	if err != nil {
		it.dieAt(file, line, "%s", err.Error())
	}
	return out
}
