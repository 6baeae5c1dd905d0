package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// nativeFn is a sub written in Go, called like a Perl sub: with @_ and the
// caller's context. In scalar context the last value returned is used.
type nativeFn func(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar

// module is a module built into miniperl, so `use Socket;` needs no .pm
// file: its subs, the names `use` imports by default, its export tags, and
// package variables that tags export.
type module struct {
	name     string
	subs     map[string]nativeFn
	defaults []string
	tags     map[string][]string
	vars     map[string]value.Scalar
	// isa is the package's @ISA; also are the modules loading this one
	// loads too (IO::Socket::INET brings IO::Socket and IO::Handle).
	isa  []string
	also []string
}

// builtinModule returns the built-in module with that name, or nil. Each
// call builds the module afresh: there is no shared mutable registry.
func builtinModule(name string) *module {
	switch name {
	case "Socket":
		return socketModule()
	case "Exporter":
		return exporterModule()
	case "List::Util":
		return listUtilModule()
	case "Scalar::Util":
		return scalarUtilModule()
	case "POSIX":
		return posixModule()
	case "Errno":
		return errnoModule()
	case "IO::Handle":
		return ioHandleModule()
	case "IO::Seekable":
		return ioSeekableModule()
	case "IO::File":
		return ioFileModule()
	case "IO::Socket":
		return withSocketExports(ioSocketModule())
	case "IO::Socket::INET":
		return withSocketExports(ioSocketINETModule())
	case "IO::Socket::UNIX":
		return withSocketExports(ioSocketUNIXModule())
	case "IO::Socket::IP":
		return withSocketExports(ioSocketIPModule())
	case "IO::Select":
		return ioSelectModule()
	case "Data::Dumper":
		return dataDumperModule()
	case "Time::HiRes":
		return timeHiResModule()
	case "Fcntl":
		return fcntlModule()
	case "File::Basename":
		return fileBasenameModule()
	case "File::Spec":
		return fileSpecModule()
	case "File::Spec::Functions":
		return fileSpecFunctionsModule()
	case "File::Path":
		return filePathModule()
	case "File::Temp":
		return fileTempModule()
	case "File::Copy":
		return fileCopyModule()
	case "Cwd":
		return cwdModule()
	case "Encode":
		return encodeModule()
	}
	return nil
}

// imported is one name a use statement brought into a package.
type imported struct {
	full  string // Pkg::name
	fn    nativeFn
	v     value.Scalar
	isVar bool
}

// importModule compiles use MODULE LIST for a built-in module: the names
// become subs (or variables) of the current package when a run starts.
func (c *compiler) importModule(u *parser.UseDecl, m *module) {
	c.prog.modules = append(c.prog.modules, m)
	names, ok := c.constantList(u)
	if !ok {
		c.fail(u.Pos.Line, "use %s: the import list must be constant strings", u.Module)
	}
	if names == nil {
		names = m.defaults
	}
	var want []string
	for _, n := range names {
		switch {
		case n == ":DEFAULT":
			want = append(want, m.defaults...)
		case strings.HasPrefix(n, ":"):
			tag, ok := m.tags[n[1:]]
			if !ok {
				c.fail(u.Pos.Line, "\"%s\" is not defined in %%%s::EXPORT_TAGS", n[1:], u.Module)
			}
			want = append(want, tag...)
		default:
			want = append(want, n)
		}
	}
	for _, n := range want {
		if strings.HasPrefix(n, "$") {
			v, ok := m.vars[n[1:]]
			if !ok {
				c.fail(u.Pos.Line, "\"%s\" is not exported by the %s module", n, u.Module)
			}
			c.prog.imports = append(c.prog.imports, imported{full: c.pkg + "::" + n[1:], v: v, isVar: true})
			c.ours["$"+c.pkg+"::"+n[1:]] = true
			continue
		}
		n = strings.TrimPrefix(n, "&")
		fn, ok := m.subs[n]
		if !ok {
			c.fail(u.Pos.Line, "\"%s\" is not exported by the %s module", n, u.Module)
		}
		full := c.pkg + "::" + n
		c.declared[full] = true
		c.prog.imports = append(c.prog.imports, imported{full: full, fn: fn})
	}
}

// constantList evaluates a use statement's import list, which must be
// made of string constants (qw(...), quoted strings). A missing list is
// nil; an empty one (use Socket ()) is empty but not nil.
func (c *compiler) constantList(u *parser.UseDecl) ([]string, bool) {
	if u.Args == nil {
		return nil, true
	}
	out := []string{}
	var walk func(n parser.Node) bool
	walk = func(n parser.Node) bool {
		switch x := n.(type) {
		case *parser.List:
			for _, it := range x.Items {
				if !walk(it) {
					return false
				}
			}
			return true
		case *parser.WordList:
			c.qwWarn(x)
			out = append(out, x.Words...)
			return true
		case *parser.StringLit:
			out = append(out, x.Value)
			return true
		case *parser.NumberLit:
			return true // a version number
		}
		return false
	}
	return out, walk(u.Args.Node)
}

// defineModules installs the built-in modules' subs in their own package
// (Socket::inet_aton works without importing) and the imported names.
func (it *Interp) defineModules() {
	// Exporter is always there: modules inherit its import through @ISA,
	// often without loading it first.
	done := map[string]bool{}
	var define func(m *module)
	define = func(m *module) {
		if done[m.name] {
			return
		}
		done[m.name] = true
		for name, fn := range m.subs {
			full := m.name + "::" + name
			it.glob(full).Code = &Closure{name: full, native: fn}
		}
		for _, parent := range m.isa {
			it.glob(m.name + "::ISA").Array.Push(value.StrValue(parent))
		}
		for _, name := range m.also {
			if dep := builtinModule(name); dep != nil {
				define(dep)
			}
		}
	}
	for _, m := range append([]*module{exporterModule(), utf8Module()}, it.prog.modules...) {
		define(m)
	}
	for _, m := range it.prog.modules {
		// A module use loaded is in %INC, as if read from a file.
		file := moduleFile(m.name)
		*it.glob("main::INC").Hash.Elem(file) = value.StrValue(file)
	}
	for _, pair := range it.prog.inherits {
		it.glob(pair[0] + "::ISA").Array.Push(value.StrValue(pair[1]))
	}
	for _, im := range it.prog.imports {
		if im.isVar {
			*it.glob(im.full).Scalar = im.v
			continue
		}
		it.glob(im.full).Code = &Closure{name: im.full, native: im.fn}
	}
}

// constSub makes a sub that returns a constant, as `use constant` and the
// Socket constants are.
func constSub(v value.Scalar) nativeFn {
	return func(*frame, []*value.Scalar, wantCtx) []value.Scalar { return []value.Scalar{v} }
}

// argOr returns argument i, or undef.
func argOr(args []*value.Scalar, i int) value.Scalar {
	if i < len(args) && args[i] != nil {
		return *args[i]
	}
	return value.UndefValue()
}
