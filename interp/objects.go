package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// blessCall compiles bless REF [, CLASS].
func (c *compiler) blessCall(x *parser.Call) scalarFn {
	args := c.scalarArgs(x, 1, 2)
	pkg := c.pkg
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		ref := args[0](fr)
		class := pkg
		if len(args) == 2 {
			cv := args[1](fr)
			if cv.Kind() == value.Ref {
				if b, ok := cv.Pointer().(value.Blessable); ok && b.BlessedInto() != "" {
					class = b.BlessedInto()
				} else {
					fr.it.dieAt(file, line, "Attempt to bless into a reference")
				}
			} else {
				class = cv.String()
				if class == "" {
					class = "main"
				}
			}
		}
		if ref.Kind() != value.Ref {
			fr.it.dieAt(file, line, "Can't bless non-reference value")
		}
		switch p := ref.Pointer().(type) {
		case *value.Hash:
			p.Blessed = class
			fr.it.registerObject(p)
		case *value.Array:
			p.Blessed = class
			fr.it.registerObject(p)
		case *Closure:
			p.blessed = class
		case *Glob:
			// A handle object reblessed into a subclass, or a glob
			// reference made into an object.
			p.blessed = class
			fr.it.registerObject(p)
		default:
			fr.it.dieAt(file, line, "Blessing a %s reference is not supported yet", value.RefType(p))
		}
		return ref
	}
}

// methodCall compiles INVOCANT->name(ARGS) for the given context.
func (c *compiler) methodCall(x *parser.MethodCall, want wantCtx) func(*frame) (value.Scalar, []value.Scalar) {
	inv := c.invocant(x.Invocant)
	args := c.aliases(&parser.List{Items: x.Args})
	var dynamic scalarFn
	if x.Dynamic != nil {
		dynamic = c.scalar(x.Dynamic)
	}
	name, curPkg := x.Name, c.pkg
	file, line := c.file, c.line
	return func(fr *frame) (value.Scalar, []value.Scalar) {
		it := fr.it
		self := inv(fr)
		m := name
		if dynamic != nil {
			d := dynamic(fr)
			if cl, ok := d.Pointer().(*Closure); ok && d.Kind() == value.Ref {
				// $obj->$coderef(...) calls the code with the invocant.
				return it.callSub(cl, append([]*value.Scalar{&self}, args(fr)...), want, fr)
			}
			m = d.String()
		}
		class, io := it.invocantClass(self, m, file, line)
		callArgs := append([]*value.Scalar{&self}, args(fr)...)
		if io != nil {
			it.callFile, it.callLine = file, line
			return callNative(&Closure{native: ioMethod(io, m)}, fr, callArgs, want)
		}
		cl := it.resolveMethod(class, m, curPkg)
		if cl == nil {
			if g, ok := self.Pointer().(*Glob); ok && self.Kind() == value.Ref && g.IO != nil {
				// An object that is a handle has the IO::Handle methods
				// even when its class does not load IO::Handle.
				if f := ioHandleMethod(m); f != nil {
					it.callFile, it.callLine = file, line
					return callNative(&Closure{native: f}, fr, callArgs, want)
				}
			}
			if u := universalMethod(m); u != nil {
				it.callFile, it.callLine = file, line
				return callNative(&Closure{native: u}, fr, callArgs, want)
			}
			if auto := it.findMethod(class, "AUTOLOAD"); auto != nil {
				*it.glob(auto.name[:strings.LastIndex(auto.name, "::")] + "::AUTOLOAD").Scalar = value.StrValue(class + "::" + m)
				return it.callSub(auto, callArgs, want, fr)
			}
			it.dieAt(file, line, "%s", it.noMethodMessage(class, m))
		}
		it.callFile, it.callLine, it.callPkg = file, line, curPkg
		return it.callSub(cl, callArgs, want, fr)
	}
}

// invocant compiles the left side of ->: a bareword is a class name (or a
// filehandle such as STDOUT).
func (c *compiler) invocant(n parser.Node) scalarFn {
	if b, ok := n.(*parser.Bareword); ok {
		v := value.StrValue(b.Name)
		return func(*frame) value.Scalar { return v }
	}
	return c.scalar(n)
}

// invocantClass finds the package to search for a method, or the
// filehandle an IO method applies to.
func (it *Interp) invocantClass(self value.Scalar, m, file string, line int) (string, *Glob) {
	switch self.Kind() {
	case value.Ref:
		p := self.Pointer()
		if b, ok := p.(value.Blessable); ok && b.BlessedInto() != "" {
			return b.BlessedInto(), nil
		}
		if g, ok := p.(*Glob); ok {
			return "", g
		}
		it.dieAt(file, line, "Can't call method \"%s\" on unblessed reference", m)
	case value.Glob:
		return "", self.Pointer().(*Glob)
	case value.Undef:
		it.dieAt(file, line, "Can't call method \"%s\" on an undefined value", m)
	}
	name := self.String()
	if name == "" {
		it.dieAt(file, line, "Can't call method \"%s\" without a package or object reference", m)
	}
	// A bareword naming an open filehandle (STDOUT->autoflush) is that
	// handle, as perl's IO::File autoloading makes it.
	full := name
	if !strings.Contains(full, "::") {
		full = "main::" + full
	}
	if g := it.symbols[full]; g != nil && g.IO != nil && it.findMethod(name, m) == nil {
		return "", g
	}
	return name, nil
}

// resolveMethod finds a method by perl's rules: NAME in the class and its
// @ISA ancestors depth first; SUPER::NAME starting from the ancestors of
// the package the call was compiled in; Pkg::NAME directly.
func (it *Interp) resolveMethod(class, m, curPkg string) *Closure {
	if rest, ok := strings.CutPrefix(m, "SUPER::"); ok {
		for _, parent := range it.glob(curPkg + "::ISA").Array.Values() {
			if cl := it.findMethod(parent.String(), rest); cl != nil {
				return cl
			}
		}
		return nil
	}
	if i := strings.LastIndex(m, "::"); i >= 0 {
		return it.findMethod(m[:i], m[i+2:])
	}
	return it.findMethod(class, m)
}

// findMethod searches class and its @ISA, depth first, as perl's default
// method resolution order does.
func (it *Interp) findMethod(class, m string) *Closure {
	// Most calls find the method in the class itself.
	if g := it.symbols[class+"::"+m]; g != nil && g.Code != nil {
		return g.Code
	}
	if isa := it.symbols[class+"::ISA"]; isa == nil || isa.Array.Len() == 0 {
		return nil
	}
	seen := map[string]bool{}
	var walk func(pkg string) *Closure
	walk = func(pkg string) *Closure {
		if seen[pkg] || len(seen) > 100 {
			return nil
		}
		seen[pkg] = true
		if g := it.symbols[pkg+"::"+m]; g != nil && g.Code != nil {
			return g.Code
		}
		if isa := it.symbols[pkg+"::ISA"]; isa != nil {
			for _, parent := range isa.Array.Values() {
				if cl := walk(parent.String()); cl != nil {
					return cl
				}
			}
		}
		return nil
	}
	return walk(class)
}

// noMethodMessage is perl's error for a method that cannot be found.
func (it *Interp) noMethodMessage(class, m string) string {
	msg := "Can't locate object method \"" + m + "\" via package \"" + class + "\""
	if !it.packageExists(class) {
		msg += " (perhaps you forgot to load \"" + class + "\"?)"
	}
	return msg
}

// packageExists reports whether anything is defined in a package.
func (it *Interp) packageExists(pkg string) bool {
	prefix := pkg + "::"
	for name := range it.symbols {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}

// universalMethod returns the UNIVERSAL methods every class has.
func universalMethod(m string) nativeFn {
	switch m {
	case "isa", "DOES":
		return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
			class := classOf(argOr(args, 0))
			target := argOr(args, 1).String()
			return []value.Scalar{value.BoolValue(fr.it.isa(class, target))}
		}
	case "can":
		return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
			class := classOf(argOr(args, 0))
			if cl := fr.it.findMethod(class, argOr(args, 1).String()); cl != nil {
				return []value.Scalar{value.RefValue(cl)}
			}
			return []value.Scalar{value.StrValue("")}
		}
	case "VERSION":
		return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
			class := classOf(argOr(args, 0))
			if g := fr.it.symbols[class+"::VERSION"]; g != nil {
				return []value.Scalar{*g.Scalar}
			}
			return []value.Scalar{value.UndefValue()}
		}
	case "import", "unimport":
		// A class without its own import accepts any import list.
		return func(*frame, []*value.Scalar, wantCtx) []value.Scalar { return nil }
	}
	return nil
}

// classOf is the class of an invocant: a blessed reference's package, or
// the string itself.
func classOf(v value.Scalar) string {
	if v.Kind() == value.Ref {
		if b, ok := v.Pointer().(value.Blessable); ok {
			return b.BlessedInto()
		}
		return ""
	}
	return v.String()
}

// isa reports whether class is target or inherits from it.
func (it *Interp) isa(class, target string) bool {
	seen := map[string]bool{}
	var walk func(pkg string) bool
	walk = func(pkg string) bool {
		if pkg == target {
			return true
		}
		if seen[pkg] {
			return false
		}
		seen[pkg] = true
		if isa := it.symbols[pkg+"::ISA"]; isa != nil {
			for _, parent := range isa.Array.Values() {
				if walk(parent.String()) {
					return true
				}
			}
		}
		return false
	}
	return class != "" && walk(class)
}
