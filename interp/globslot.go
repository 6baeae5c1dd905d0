package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// globSlot compiles *FH{THING} (and *{EXPR}{THING}): a reference to one
// slot of a glob, or nil when x is not a glob subscript.
func (c *compiler) globSlot(x *parser.Elem) scalarFn {
	var glob scalarFn
	switch g := x.Container.(type) {
	case *parser.Var:
		if g.Sigil != '*' {
			return nil
		}
		glob = c.scalar(g)
	case *parser.Deref:
		if g.Sigil != '*' {
			return nil
		}
		glob = c.scalar(g)
	default:
		return nil
	}
	key := c.hashKey(x.Key)
	return func(fr *frame) value.Scalar {
		g := fr.it.globOf(glob(fr))
		if g == nil {
			return value.UndefValue()
		}
		switch key(fr) {
		case "SCALAR":
			return value.RefValue(g.Scalar)
		case "ARRAY":
			return value.RefValue(g.Array)
		case "HASH":
			return value.RefValue(g.Hash)
		case "CODE":
			if g.Code == nil {
				return value.UndefValue()
			}
			return value.RefValue(g.Code)
		case "IO", "FILEHANDLE":
			if g.IO == nil {
				return value.UndefValue()
			}
			return value.RefValue(ioObject(g))
		case "GLOB":
			return value.RefValue(g)
		case "NAME":
			return value.StrValue(g.Name)
		case "PACKAGE":
			return value.StrValue(g.Pkg)
		}
		return value.UndefValue()
	}
}

// ioObject is the IO::File object of a glob's handle: perl's *FH{IO}. It
// shares the handle, so print, readline and the IO methods work on it.
func ioObject(g *Glob) *Glob {
	if g.ioObj == nil || g.ioObj.IO != g.IO {
		g.ioObj = &Glob{Pkg: g.Pkg, Name: g.Name, Scalar: new(value.Scalar), Array: &value.Array{},
			Hash: value.NewHash(), IO: g.IO, blessed: "IO::File", isIO: true}
	}
	return g.ioObj
}

// isGlobSlot reports whether x is *FH{THING} or *{EXPR}{THING}.
func isGlobSlot(x *parser.Elem) bool {
	switch g := x.Container.(type) {
	case *parser.Var:
		return g.Sigil == '*'
	case *parser.Deref:
		return g.Sigil == '*'
	}
	return false
}
