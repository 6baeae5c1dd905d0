package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// globAssign compiles an assignment to a typeglob: `*name = sub {...}`,
// `*name = \&other`, `*alias = \$x` (or \@a, \%h), `*new = *old`,
// `*{"Pkg::$f"} = ...` and `local *name = ...`. It returns nil when the
// left side is not a glob.
//
// A reference replaces the one slot of its type, as perl does; a glob
// (or a reference to one, or a name) makes the target share every slot
// of the source. The slots are shared by pointer, so `*x = \$y` makes $x
// and $y one variable, and compiled code sees the change because it
// reaches globals through the glob each time.
func (c *compiler) globAssign(x *parser.Assign) scalarFn {
	target := c.globTarget(x.L)
	if target == nil {
		return nil
	}
	r := c.scalar(x.R)
	redefine := c.site("", wRedefine)
	pkg := c.pkg
	return func(fr *frame) value.Scalar {
		val := r(fr)
		g := target(fr)
		fr.it.globStore(fr, g, val, pkg, redefine)
		return value.GlobValue(g)
	}
}

// globTarget compiles the glob on the left of an assignment, or returns
// nil when n is not one.
func (c *compiler) globTarget(n parser.Node) func(*frame) *Glob {
	switch x := n.(type) {
	case *parser.Var:
		if x.Sigil != '*' {
			return nil
		}
		gi := c.global(c.qualify(x.Name))
		return func(fr *frame) *Glob { return fr.it.globs[gi] }
	case *parser.Deref:
		if x.Sigil != '*' {
			return nil
		}
		f := c.scalar(x.Expr)
		pkg := c.pkg
		return func(fr *frame) *Glob {
			v := f(fr)
			if g, ok := v.Pointer().(*Glob); ok && (v.Kind() == value.Glob || v.Kind() == value.Ref) {
				return g
			}
			return fr.it.globNamed(v.String(), pkg)
		}
	case *parser.Decl:
		if x.Kind != "local" || x.Paren || len(x.Vars) != 1 {
			return nil
		}
		inner := c.globTarget(x.Vars[0])
		if inner == nil {
			return nil
		}
		c.usesLocal = true
		// local *name = ...: the glob is saved and emptied for the
		// scope, then the assignment fills the emptied glob.
		return func(fr *frame) *Glob {
			g := inner(fr)
			fr.it.localGlobShared(g)
			return g
		}
	case *parser.List:
		if len(x.Items) == 1 && !x.Paren {
			return c.globTarget(x.Items[0])
		}
	}
	return nil
}

// globNamed is the glob a symbolic name gives in package pkg: "foo" is
// pkg::foo, "Other::foo" and "::foo" are as written, "*main::foo" drops
// its star; the special names (STDOUT, ENV, ...) are always in main.
func (it *Interp) globNamed(name, pkg string) *Glob {
	name = strings.TrimPrefix(name, "*")
	switch {
	case strings.HasPrefix(name, "::"):
		name = "main" + name
	case containsColons(name):
	case name == "" || specialNames[name] || !isIdentStart(name[0]):
		name = "main::" + name
	default:
		name = pkg + "::" + name
	}
	return it.glob(name)
}

// globStore puts val into glob g: a reference fills the slot of its
// type, a glob aliases all of g's slots to the other glob's.
func (it *Interp) globStore(fr *frame, g *Glob, val value.Scalar, pkg string, redefine *warnSite) {
	switch val.Kind() {
	case value.Glob:
		if src, ok := val.Pointer().(*Glob); ok {
			it.globAlias(g, src)
			return
		}
	case value.Ref:
		if it.rc {
			it.incRef(val)
		}
		switch p := val.Pointer().(type) {
		case *Closure:
			if g.Code != nil && g.Code != p && redefine.active(it, wRedefine) {
				redefine.emit(it, wRedefine, "Subroutine "+g.Pkg+"::"+g.Name+" redefined")
			}
			g.Code = p
			return
		case *value.Scalar:
			g.Scalar = p
			return
		case *value.Array:
			g.Array = p
			return
		case *value.Hash:
			g.Hash = p
			return
		case *Glob:
			if p.isIO {
				// *FH = *OTHER{IO}: the handle only.
				g.IO, g.borrowedIO = p.IO, p.IO
				return
			}
			it.globAlias(g, p)
			return
		}
		it.dieAt(it.callFile, it.callLine, "Can't assign a %s reference to a typeglob", value.RefType(val.Pointer()))
	case value.Undef:
		// perl warns "Undefined value assigned to typeglob" and changes
		// nothing.
		return
	}
	// A plain string names the glob to alias: *foo = "bar" is *foo = *bar.
	it.globAlias(g, it.globNamed(val.String(), pkg))
}

// globAlias makes g share every slot of src (perl's *g = *src). The
// slots are shared, not the glob itself, so a later `*src = sub {}`
// replaces only src's code slot; that differs from perl only for code
// that assigns to one glob and expects the other to follow.
func (it *Interp) globAlias(g, src *Glob) {
	if g == src {
		return
	}
	g.Scalar, g.Array, g.Hash = src.Scalar, src.Array, src.Hash
	g.Code, g.IO, g.Dir = src.Code, src.IO, src.Dir
	g.borrowedIO = src.IO
}

// localGlobShared is local *name for a glob about to be assigned or
// opened: its slots are saved and emptied, and put back when the scope
// ends. A handle opened in the scope is closed then, but not one the
// glob shares with another glob (local *STDOUT = *STDERR).
func (it *Interp) localGlobShared(g *Glob) {
	saved := *g
	g.Scalar, g.Array, g.Hash = new(value.Scalar), &value.Array{}, value.NewHash()
	g.Code, g.IO, g.Dir = nil, nil, nil
	it.locals = append(it.locals, localSave{func() {
		if io := g.IO; io != nil && io != saved.IO && io != g.borrowedIO {
			it.closeIO(io)
		}
		g.Scalar, g.Array, g.Hash = saved.Scalar, saved.Array, saved.Hash
		g.Code, g.IO, g.Dir = saved.Code, saved.IO, saved.Dir
		g.borrowedIO = saved.borrowedIO
	}})
}
