package interp

import (
	"fmt"
	"strings"
	"time"

	"github.com/miniperl/miniperl/parser"
)

// compiler turns the syntax tree into closures, resolving every lexical
// to a frame slot and every global to an index, once.
type compiler struct {
	prog      *Program
	file      string
	pkg       string
	globalIdx map[string]int
	sub       *subState
	mainSub   *subState
	// line is the line of the statement being compiled; perl reports
	// runtime errors at the line of the current statement.
	line int
	// loopDepth counts enclosing loops in the current sub, so that an
	// expression-level next/last knows a loop will catch it.
	loopDepth int
	// exprControl is set when an expression-level next/last/redo was
	// compiled; loops that see it install a recover for ctlSignal.
	exprControl bool
	// exprReturn is set when the sub being compiled has a return inside an
	// expression (`... and return $x`), which its calls must catch.
	exprReturn bool
	// usesLocal is set when the block being compiled uses local, so that
	// the block restores the saved values when it is left.
	usesLocal bool
	// usesMatch is set when the block being compiled runs a pattern
	// match, so that the block restores the last match ($1, $&...) when
	// it is left: perl scopes them dynamically to the enclosing block.
	usesMatch bool
	// nLoopControls counts the next/last/redo statements compiled, so
	// that a do block can tell whether it holds one.
	nLoopControls int
	// nCodes counts compiled sub bodies, to give each an id; nPatterns
	// counts interpolating pattern sites.
	nCodes    int
	nPatterns int
	// matchTimeout bounds each regex match (CompileOptions).
	matchTimeout time.Duration
	// inc is @INC as the compiler sees it: -I directories and use lib.
	inc []string
	// loaded maps a module file ("Foo/Bar.pm") to its unit; exports holds
	// each loaded module's constant @EXPORT list; modulePaths the files.
	loaded      map[string]int
	exports     map[string][]string
	modulePaths map[int]string
	// unitIndex is the unit (file) being compiled: 0 is the main script.
	unitIndex int
	// inUse is set while a use (not a require) loads a module, for the
	// wording of its errors.
	inUse bool
	// strictStack is use strict's state per lexical scope; ours are the
	// globals declared with our or use vars (sigil + full name); errors
	// are the compile errors collected so far.
	strictStack []strictness
	ours        map[string]bool
	errors      []string
	// declared holds the full names of the subs the file defines, so a
	// bareword naming one is a call.
	declared map[string]bool
	// inplace are the main file's scalars sysread may fill in place.
	inplace map[string]bool
	// borrowLines are the main file's scalars a readline loop may fill
	// with views of the handle's buffer (readline_borrow.go).
	borrowLines map[string]bool
	// rt is the run compiling code while it runs (eval STRING, do FILE):
	// globals then get indexes in that run's table.
	rt *Interp
	// rc compiles reference counting in (refcount.go); needRC is set when
	// the code turns out to need it (a DESTROY sub in a module).
	rc, needRC bool
	// unscoped says the next block compiled gives its lexicals to the
	// enclosing scope instead of releasing them itself.
	unscoped bool

	// warnStack is the warnings pragma per lexical scope.
	warnStack []warnState
	// voidSort is the sort call of a void statement, which warns as
	// that rather than as a sort in scalar context.
	voidSort *parser.Call
	// voidPending are the void-context warnings of each open scope, which
	// perl gives when the block ends; peepPending the warnings of each
	// sub perl gives when the whole sub is compiled.
	voidPending [][]compileWarning
	peepPending map[*subState][]compileWarning
	// protos are the prototypes of the file's subs, by full name.
	protos map[string]string
	// warnKey, when set, identifies the place of the next compile-time
	// warning.
	warnKey string
	// stmtSeq counts the statements compiled, telling two declarations
	// in one statement from two in one scope.
	stmtSeq int
	// sawCall is set when a sub call is compiled, so that loops around
	// it can take a next or last that leaves the sub.
	sawCall bool
	// gotoScopes are the labelled statement lists being compiled, for
	// goto LABEL (goto_label.go).
	gotoScopes []*gotoScope
	// lvalueSubs are the subs declared :lvalue, which miniperl lacks.
	lvalueSubs map[string]bool
}

// subState is the compile-time view of one sub's lexical scopes.
type subState struct {
	code   *subCode
	parent *subState
	scopes []map[string]int
	// decls are the lexicals declared in each open scope, in order.
	decls [][]declSlot
	// shadow are the declarations of each open scope by name, for the
	// shadow warnings; filled as declarations come (warn_shadow.go).
	shadow []map[string]shadowDecl
}

// CompileError is a compile-time error; its text is perl's message.
type CompileError struct {
	Msg  string
	File string
	// aborted adds perl's closing line for errors it collects and
	// reports together (strict violations).
	aborted bool
}

// Error implements error.
func (e *CompileError) Error() string {
	msg := e.Msg
	if !strings.HasSuffix(msg, "\n") {
		msg += "\n"
	}
	if e.aborted || strings.HasPrefix(msg, "syntax error") || strings.Contains(msg, "\nsyntax error") {
		msg += fmt.Sprintf("Execution of %s aborted due to compilation errors.\n", e.File)
	}
	return msg
}

// compileFail is raised (as a panic) inside the compiler and returned by
// compileProgram as a *CompileError.
type compileFail struct{ msg string }

func (c *compiler) fail(line int, format string, args ...any) {
	panic(compileFail{fmt.Sprintf(format, args...) + fmt.Sprintf(" at %s line %d.\n", c.file, line)})
}

func compileProgram(name string, tree *parser.Program, opts CompileOptions) (prog *Program, err error) {
	prog = &Program{name: name, data: tree.Data}
	c := &compiler{prog: prog, file: name, pkg: "main", globalIdx: map[string]int{},
		inc: append([]string(nil), opts.Inc...), loaded: map[string]int{},
		exports: map[string][]string{}, modulePaths: map[int]string{}, ours: map[string]bool{},
		matchTimeout: opts.MatchTimeout, rc: opts.rc}
	prog.rc = opts.rc
	c.mainSub = &subState{code: &subCode{name: "main"}}
	c.sub = c.mainSub
	defer func() {
		if r := recover(); r != nil {
			if f, ok := r.(compileFail); ok {
				prog, err = nil, &CompileError{Msg: f.msg, File: name}
				return
			}
			if e, ok := r.(*parser.Error); ok {
				prog, err = nil, &CompileError{Msg: e.Error(), File: name}
				return
			}
			prog, err = nil, &CompileError{Msg: fmt.Sprintf("panic: miniperl internal error compiling %s: %v", name, r), File: name}
		}
	}()
	c.declared = map[string]bool{}
	c.inplace = inplaceNames(tree)
	c.borrowLines = borrowLineNames(tree)
	c.protos = map[string]string{}
	c.lvalueSubs = map[string]bool{}
	eachSubDecl(tree.Stmts, "main", func(full string, sub *parser.SubDecl) {
		c.declared[full] = true
		if proto, ok := sub.PrototypeText(); ok {
			c.protos[full] = strings.ReplaceAll(proto, " ", "")
		}
		if sub.HasAttr("lvalue") {
			c.lvalueSubs[full] = true
		}
	})
	prog.protos = c.protos
	prog.units = []unit{{file: name, code: c.mainSub.code}}
	c.pushScope()
	body := c.stmts(tree.Stmts, false)
	prog.mainDecls = c.sub.decls[0]
	c.popScope()
	c.flushPeepWarnings(c.mainSub)
	prog.main = c.mainSub.code
	prog.main.body = body
	prog.inc = c.inc
	prog.base = c.snapshotBase()
	if len(c.errors) > 0 {
		return nil, &CompileError{Msg: strings.Join(c.errors, "\n") + "\n", File: name, aborted: true}
	}
	if c.needRC && !c.rc {
		return nil, errNeedRC
	}
	return prog, nil
}

// pushScope opens a lexical scope: for my variables and for use strict.
func (c *compiler) pushScope() {
	c.sub.scopes = append(c.sub.scopes, map[string]int{})
	c.sub.decls = append(c.sub.decls, nil)
	c.strictStack = append(c.strictStack, c.strict())
	c.warnStack = append(c.warnStack, c.warnings())
	c.voidPending = append(c.voidPending, nil)
}

func (c *compiler) popScope() {
	c.sub.scopes = c.sub.scopes[:len(c.sub.scopes)-1]
	if len(c.sub.shadow) > len(c.sub.scopes) {
		c.sub.shadow = c.sub.shadow[:len(c.sub.scopes)]
	}
	c.sub.decls = c.sub.decls[:len(c.sub.decls)-1]
	c.strictStack = c.strictStack[:len(c.strictStack)-1]
	c.warnStack = c.warnStack[:len(c.warnStack)-1]
	c.flushVoidWarnings()
}

// declare allocates a new lexical slot in the innermost scope.
func (c *compiler) declare(sigil byte, name string) int {
	slot := c.sub.code.newSlot(sigil)
	c.sub.scopes[len(c.sub.scopes)-1][string(sigil)+name] = slot
	c.sub.decls[len(c.sub.decls)-1] = append(c.sub.decls[len(c.sub.decls)-1], declSlot{sigil, slot})
	return slot
}

// newSlot allocates a frame slot for a variable of the given sigil.
func (code *subCode) newSlot(sigil byte) int {
	var n *int
	switch sigil {
	case '$':
		n = &code.nScalars
	case '@':
		n = &code.nArrays
	default:
		n = &code.nHashes
	}
	*n++
	return *n - 1
}

// lookup finds a lexical, capturing it from enclosing subs as needed.
func (c *compiler) lookup(sigil byte, name string) (int, bool) {
	return lookupIn(c.sub, sigil, name)
}

func lookupIn(st *subState, sigil byte, name string) (int, bool) {
	key := string(sigil) + name
	for i := len(st.scopes) - 1; i >= 0; i-- {
		if slot, ok := st.scopes[i][key]; ok {
			return slot, true
		}
	}
	if st.parent == nil {
		return 0, false
	}
	outer, ok := lookupIn(st.parent, sigil, name)
	if !ok {
		return 0, false
	}
	code := st.code
	if code.name != "__ANON__" {
		// A named sub keeps the variable alive: scope exit must not
		// release it (an anonymous sub marks it escaped when made).
		pc := st.parent.code
		if pc.keep == nil {
			pc.keep = map[declSlot]bool{}
		}
		pc.keep[declSlot{sigil, outer}] = true
	}
	slot := code.newSlot(sigil)
	code.captures = append(code.captures, capture{kind: sigil, from: outer, to: slot})
	st.scopes[0][key] = slot
	return slot, true
}

// specialNames are the names perl always puts in package main.
var specialNames = map[string]bool{
	"ENV": true, "INC": true, "ARGV": true, "ARGVOUT": true, "STDIN": true,
	"STDOUT": true, "STDERR": true, "_": true, "0": true,
}

// qualify gives a global's full name in the current package.
func (c *compiler) qualify(name string) string {
	if strings.Contains(name, "::") {
		if strings.HasPrefix(name, "::") {
			return "main" + name
		}
		return name
	}
	if specialNames[name] || !isIdentStart(name[0]) {
		return "main::" + name
	}
	return c.pkg + "::" + name
}

func isIdentStart(b byte) bool {
	return b == '_' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
}

// global returns the index of a global by its full name.
func (c *compiler) global(full string) int {
	if c.rt != nil {
		return c.rt.globalIndex(full)
	}
	if i, ok := c.globalIdx[full]; ok {
		return i
	}
	if strings.HasSuffix(full, "::DESTROY") || strings.HasSuffix(full, "::weaken") {
		c.needRC = true
	}
	i := len(c.prog.globalNames)
	c.prog.globalNames = append(c.prog.globalNames, full)
	c.globalIdx[full] = i
	return i
}

// collectSubs finds every sub NAME in the file, in its package.
func collectSubs(stmts []*parser.Stmt, pkg string, out map[string]bool) {
	eachSubDecl(stmts, pkg, func(full string, _ *parser.SubDecl) { out[full] = true })
}

// eachSubDecl calls f with the full name and the declaration of every
// sub NAME in the file (forward declarations included), in the package
// it is declared in; it returns the package in force after stmts.
func eachSubDecl(stmts []*parser.Stmt, pkg string, f func(full string, sub *parser.SubDecl)) string {
	for _, s := range stmts {
		switch {
		case s.Sub != nil:
			name := s.Sub.Name
			if !strings.Contains(name, "::") {
				name = pkg + "::" + name
			}
			f(name, s.Sub)
		case s.Package != nil:
			if s.Package.Block != nil {
				eachSubDecl(s.Package.Block.Stmts, s.Package.Name, f)
			} else {
				pkg = s.Package.Name
			}
		case s.Block != nil:
			pkg = eachSubDecl(s.Block.Stmts, pkg, f)
		}
	}
	return pkg
}
