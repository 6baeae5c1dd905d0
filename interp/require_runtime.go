package interp

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// moduleFile is the file require loads for a module name: Foo::Bar is
// Foo/Bar.pm.
func moduleFile(name string) string {
	return strings.ReplaceAll(name, "::", "/") + ".pm"
}

// findInInc finds a file for require or do: a path starting with /, ./
// or ../ is used as it is, anything else is looked for in each @INC
// directory in turn. It returns "" when there is none.
func (it *Interp) findInInc(file string) string {
	if strings.HasPrefix(file, "/") || strings.HasPrefix(file, "./") || strings.HasPrefix(file, "../") {
		if fi, err := os.Stat(file); err == nil && !fi.IsDir() {
			return file
		}
		return ""
	}
	for _, d := range it.glob("main::INC").Array.Elems {
		if d == nil {
			continue
		}
		p := filepath.Join(d.String(), file)
		if d.String() == "" {
			p = file
		} else if !strings.HasSuffix(d.String(), "/") {
			// perl joins with a slash and keeps the directory as written.
			p = d.String() + "/" + file
		} else {
			p = d.String() + file
		}
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
	}
	return ""
}

// incList is @INC as perl lists it in "Can't locate" messages.
func (it *Interp) incList() string {
	var dirs []string
	for _, d := range it.glob("main::INC").Array.Elems {
		if d != nil {
			dirs = append(dirs, d.String())
		}
	}
	return strings.Join(dirs, " ")
}

// requireRuntime is require FILE (or a module name) done while the
// program runs: the file is loaded once, found through @INC, recorded in
// %INC, and must return a true value. Errors die with perl's messages.
func (it *Interp) requireRuntime(file, module, atFile string, atLine int) value.Scalar {
	inc := it.glob("main::INC").Hash
	if inc.Exists(file) {
		if inc.Get(file).IsUndef() {
			it.dieAt(atFile, atLine, "Attempt to reload %s aborted.\nCompilation failed in require", file)
		}
		return value.IntValue(1)
	}
	if strings.HasSuffix(file, ".pm") && !strings.HasPrefix(file, "/") && !strings.HasPrefix(file, ".") {
		// A module built into miniperl, or a pragma: nothing to read.
		name := strings.ReplaceAll(strings.TrimSuffix(file, ".pm"), "/", "::")
		if m := builtinModule(name); m != nil {
			for sub, fn := range m.subs {
				if g := it.glob(name + "::" + sub); g.Code == nil {
					g.Code = &Closure{name: name + "::" + sub, native: fn}
				}
			}
			*inc.Elem(file) = value.StrValue(file)
			return value.IntValue(1)
		}
		if _, ok := pragmas[name]; ok || name == "lib" || name == "constant" || name == "parent" || name == "base" || name == "open" {
			*inc.Elem(file) = value.StrValue(file)
			return value.IntValue(1)
		}
	}
	path := it.findInInc(file)
	if path == "" {
		hint := ""
		if module != "" {
			hint = "(you may need to install the " + module + " module) "
		} else if strings.HasSuffix(file, ".pm") && !strings.Contains(file, "::") {
			hint = "(you may need to install the " + strings.ReplaceAll(strings.TrimSuffix(file, ".pm"), "/", "::") + " module) "
		}
		it.dieAt(atFile, atLine, "Can't locate %s in @INC %s(@INC contains: %s)", file, hint, it.incList())
	}
	src, err := os.ReadFile(path)
	if err != nil {
		it.setErrno(err)
		it.dieAt(atFile, atLine, "Can't locate %s:   %s", file, it.errnoValue().String())
	}
	u, msg := it.compileRuntime(path, src, nil)
	if u == nil {
		*inc.Elem(file) = value.UndefValue()
		it.dieMsg(msg + "Compilation failed in require at " + atFile + " line " + itoa(atLine) + ".\n")
	}
	*inc.Elem(file) = value.StrValue(path)
	var v value.Scalar
	func() {
		defer func() {
			if r := recover(); r != nil {
				if d, ok := r.(*dieSignal); ok {
					// perl keeps the entry, undefined, so that a second
					// require fails instead of running the file again.
					*inc.Elem(file) = value.UndefValue()
					msg := d.val.String()
					if d.val.Kind() == value.Str {
						msg += "Compilation failed in require at " + atFile + " line " + itoa(atLine) + ".\n"
					}
					panic(&dieSignal{val: value.StrValue(msg)})
				}
				panic(r)
			}
		}()
		v = lastValue(it.runUnit(u, nil, nil, scalarCtx))
	}()
	if !v.Bool() {
		inc.Delete(file)
		it.dieAt(atFile, atLine, "%s did not return a true value", file)
	}
	return v
}

// requireDynamic compiles require of a module the compiler could not find
// (it may appear while the program runs, or never: eval { require Foo }
// is how scripts test for an optional module) or of a computed file name.
func (c *compiler) requireDynamic(arg parser.Node, module string) scalarFn {
	file, line := c.file, c.line
	if module != "" {
		key := moduleFile(module)
		return func(fr *frame) value.Scalar { return fr.it.requireRuntime(key, module, file, line) }
	}
	name := c.scalar(arg)
	return func(fr *frame) value.Scalar {
		v := name(fr)
		if k := v.Kind(); k == value.Int || k == value.Float || k == value.Uint {
			// require VERSION
			return value.IntValue(1)
		}
		s := v.String()
		if s == "" {
			fr.it.dieAt(file, line, "Missing or undefined argument to require")
		}
		if s[0] < 0x20 {
			// A v-string: require v5.10.1.
			return value.IntValue(1)
		}
		return fr.it.requireRuntime(s, "", file, line)
	}
}

// doFile compiles do FILE: the file is found through @INC (unless its
// name starts with /, ./ or ../), compiled without the caller's lexicals
// and run; its last value is the result. A file not found sets $! and a
// compile error or die sets $@, giving undef.
func (c *compiler) doFile(x *parser.DoFile) func(*frame, wantCtx) []value.Scalar {
	name := c.scalar(x.Path)
	errVar := c.global("main::@")
	return func(fr *frame, want wantCtx) []value.Scalar {
		it := fr.it
		file := name(fr).String()
		// $@ is cleared as the do starts, also when the file is missing.
		it.store(it.globs[errVar].Scalar, value.StrValue(""))
		path := it.findInInc(file)
		if path == "" {
			it.errno = int(unix.ENOENT)
			return failedEval(want)
		}
		src, err := os.ReadFile(path)
		if err != nil {
			it.setErrno(err)
			return failedEval(want)
		}
		*it.glob("main::INC").Hash.Elem(file) = value.StrValue(path)
		u, msg := it.compileRuntime(path, src, nil)
		if u == nil {
			it.store(it.globs[errVar].Scalar, value.StrValue(msg))
			return failedEval(want)
		}
		return it.protectEval(errVar, want, func() []value.Scalar {
			return it.runUnit(u, nil, nil, want)
		})
	}
}
