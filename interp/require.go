package interp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// unit is one compiled file of a program: the main script or a module it
// loads with use/require. Each has its own file-scope lexicals, which its
// named subs capture.
type unit struct {
	file string
	code *subCode
}

// initStep is something done as the program starts, in the order the use
// statements appeared: run a module's file, then call its import.
type initStep struct {
	unit     int    // the module's unit, run once
	inc      string // its %INC key ("Foo/Bar.pm")
	path     string // the file it was loaded from
	module   string // the package import is called on
	into     string // the package that said use
	args     []string
	hasArgs  bool // an import list was given
	noImport bool // require, or use Foo ()
	// do, when set, is the whole step (use constant).
	do func(it *Interp, frames []*frame)
}

// loadModule compiles a module file for use or require and records how
// the program runs and imports it. It returns the module's unit index.
func (c *compiler) loadModule(name string, line int) int {
	key := strings.ReplaceAll(name, "::", "/") + ".pm"
	if i, ok := c.loaded[key]; ok {
		return i
	}
	if c.rt != nil && c.rt.glob("main::INC").Hash.Exists(key) {
		// Code compiled at run time: the module is already loaded.
		return -1
	}
	var path string
	for _, dir := range c.inc {
		p := filepath.Join(dir, key)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			path = p
			break
		}
	}
	if path == "" {
		msg := fmt.Sprintf("Can't locate %s in @INC (you may need to install the %s module) (@INC contains: %s) at %s line %d.\n",
			key, name, strings.Join(c.inc, " "), c.file, line)
		if c.inUse {
			msg += fmt.Sprintf("BEGIN failed--compilation aborted at %s line %d.\n", c.file, line)
		}
		panic(compileFail{msg})
	}
	src, err := os.ReadFile(path)
	if err != nil {
		c.fail(line, "Can't locate %s:   %s", key, err)
	}
	tree, err := parser.Parse(path, src)
	if err != nil {
		panic(compileFail{strings.TrimSuffix(err.Error(), "\n") + "\n" +
			"Compilation failed in require at " + c.file + " line " + itoa(line) + ".\n" +
			"BEGIN failed--compilation aborted at " + c.file + " line " + itoa(line) + ".\n"})
	}
	// Compile the file as its own unit, with the compiler's per-file state
	// saved around it.
	saved := *c
	st := &subState{code: &subCode{name: path}}
	c.nCodes++
	st.code.id = c.nCodes
	c.file, c.pkg, c.sub, c.mainSub, c.loopDepth = path, "main", st, st, 0
	c.exprControl, c.exprReturn, c.usesLocal = false, false, false
	c.strictStack = nil // a file starts without use strict
	collectSubs(tree.Stmts, "main", c.declared)
	idx := len(c.prog.units)
	c.prog.units = append(c.prog.units, unit{file: path, code: st.code})
	c.loaded[key] = idx
	c.unitIndex = idx
	c.pushScope()
	st.code.body = c.stmts(tree.Stmts, false)
	c.popScope()
	c.exports[name] = exportedNames(tree.Stmts)
	saved.prog.units = c.prog.units
	saved.nCodes = c.nCodes
	*c = restoreCompiler(saved, c)
	c.modulePaths[idx] = path
	return idx
}

// restoreCompiler puts back the per-file state of the including file
// while keeping what is shared by the whole program.
func restoreCompiler(saved compiler, cur *compiler) compiler {
	saved.nCodes = cur.nCodes
	saved.nPatterns = cur.nPatterns
	saved.needRC = saved.needRC || cur.needRC
	saved.declared = cur.declared
	saved.loaded = cur.loaded
	saved.exports = cur.exports
	saved.modulePaths = cur.modulePaths
	saved.errors = cur.errors
	saved.ours = cur.ours
	return saved
}

// requireModule compiles use MODULE LIST (or require MODULE) for a module
// in a .pm file.
func (c *compiler) requireModule(u *parser.UseDecl, require bool) {
	c.inUse = !require
	idx := c.loadModule(u.Module, u.Pos.Line)
	step := initStep{unit: idx, inc: strings.ReplaceAll(u.Module, "::", "/") + ".pm",
		path: c.modulePaths[idx], module: u.Module, into: c.pkg, noImport: require}
	if !require {
		names, ok := c.constantList(u)
		if !ok {
			c.fail(u.Pos.Line, "use %s: the import list must be constant strings", u.Module)
		}
		step.args, step.hasArgs = names, names != nil
		step.noImport = names != nil && len(names) == 0
		// Names the module exports are subs of this package from now on, so
		// that calls without parentheses parse as calls.
		imported := names
		if !step.hasArgs {
			imported = c.exportsOf(u.Module)
		}
		for _, n := range imported {
			switch {
			case n == "":
			case isIdentStart(n[0]) || n[0] == '&':
				c.declared[c.pkg+"::"+strings.TrimPrefix(n, "&")] = true
			case n[0] == '$' || n[0] == '@' || n[0] == '%':
				// An imported variable may be used unqualified under strict.
				c.ours[n[:1]+c.pkg+"::"+n[1:]] = true
			}
		}
	}
	c.prog.inits = append(c.prog.inits, step)
}

// exportedNames finds a module's @EXPORT list when it is assigned a
// constant list at file level (our @EXPORT = qw(...)).
func exportedNames(stmts []*parser.Stmt) []string {
	var out []string
	for _, s := range stmts {
		if s.Simple == nil || s.Simple.X == nil {
			continue
		}
		as, ok := s.Simple.X.Node.(*parser.Assign)
		if !ok || as.Op != "=" {
			continue
		}
		target := as.L
		if d, ok := target.(*parser.Decl); ok && len(d.Vars) == 1 {
			target = d.Vars[0]
		}
		if v, ok := target.(*parser.Var); !ok || v.Sigil != '@' || (v.Name != "EXPORT" && !strings.HasSuffix(v.Name, "::EXPORT")) {
			continue
		}
		out = append(out, constantStrings(as.R)...)
	}
	return out
}

// constantStrings returns the string constants of a list expression.
func constantStrings(n parser.Node) []string {
	switch x := n.(type) {
	case *parser.WordList:
		return x.Words
	case *parser.StringLit:
		return []string{x.Value}
	case *parser.List:
		var out []string
		for _, it := range x.Items {
			out = append(out, constantStrings(it)...)
		}
		return out
	}
	return nil
}

// runInit runs a module's file (once) and calls its import, as use does.
func (it *Interp) runInit(step initStep, frames []*frame) {
	if step.do != nil {
		step.do(it, frames)
		return
	}
	if !it.unitRun[step.unit] {
		it.unitRun[step.unit] = true
		*it.glob("main::INC").Hash.Elem(step.inc) = value.StrValue(step.path)
		u := it.prog.units[step.unit]
		u.code.body(frames[step.unit])
	}
	it.callImport(step, frames)
}

// callImport calls a used module's import method, unless the use
// statement asked for none.
func (it *Interp) callImport(step initStep, frames []*frame) {
	if step.noImport {
		return
	}
	imp := it.findMethod(step.module, "import")
	if imp == nil {
		return
	}
	args := []*value.Scalar{ptr(value.StrValue(step.module))}
	for _, a := range step.args {
		args = append(args, ptr(value.StrValue(a)))
	}
	saved := it.importInto
	it.importInto = step.into
	it.callSub(imp, args, voidCtx, frames[0])
	it.importInto = saved
}

func ptr(v value.Scalar) *value.Scalar { return &v }

func itoa(i int) string { return value.IntValue(int64(i)).String() }

// requireCall compiles require: require VERSION is accepted, require
// Module and require "Module.pm" load the module as the program starts
// (miniperl compiles whole programs ahead of running them).
func (c *compiler) requireCall(x *parser.Call) scalarFn {
	one := func(*frame) value.Scalar { return value.IntValue(1) }
	if len(x.Args) != 1 {
		c.fail(x.At().Line, "require needs a module name")
	}
	var name string
	switch a := x.Args[0].(type) {
	case *parser.NumberLit:
		return one
	case *parser.Bareword:
		name = a.Name
	case *parser.Call:
		if a.Args == nil && !a.Paren {
			name = a.Name
		}
	case *parser.StringLit:
		if strings.HasSuffix(a.Value, ".pm") && !strings.HasPrefix(a.Value, "/") && !strings.HasPrefix(a.Value, ".") {
			name = strings.ReplaceAll(strings.TrimSuffix(a.Value, ".pm"), "/", "::")
		}
	}
	if name == "" {
		return c.requireDynamic(x.Args[0], "")
	}
	if builtinModule(name) != nil || pragmas[name] {
		return one
	}
	if !c.moduleOnInc(name) {
		// Not there now: look again when the require runs, and die then
		// as perl does if it is still missing.
		return c.requireDynamic(nil, name)
	}
	c.requireModule(&parser.UseDecl{Module: name, Pos: x.At()}, true)
	return one
}

// moduleOnInc reports whether a module's file is in the compiler's @INC
// (or already loaded).
func (c *compiler) moduleOnInc(name string) bool {
	key := moduleFile(name)
	if _, ok := c.loaded[key]; ok {
		return true
	}
	if c.rt != nil && c.rt.glob("main::INC").Hash.Exists(key) {
		return true
	}
	for _, dir := range c.inc {
		if fi, err := os.Stat(filepath.Join(dir, key)); err == nil && !fi.IsDir() {
			return true
		}
	}
	return false
}
