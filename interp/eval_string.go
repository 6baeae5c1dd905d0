package interp

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/regex"
	"github.com/miniperl/miniperl/value"
)

// compileBase is the compiler state that code compiled while a program
// runs (eval STRING, do FILE, require of a computed name) starts from:
// the program's global indexes, the subs it declares, its our variables
// and its modules' export lists. It is read-only once Compile returns.
type compileBase struct {
	globalIdx map[string]int
	declared  map[string]bool
	ours      map[string]bool
	exports   map[string][]string
	nCodes    int
	nPatterns int
	// matchTimeout is CompileOptions.MatchTimeout.
	matchTimeout time.Duration
}

func (c *compiler) snapshotBase() *compileBase {
	return &compileBase{globalIdx: c.globalIdx, declared: c.declared, ours: c.ours,
		exports: c.exports, nCodes: c.nCodes, nPatterns: c.nPatterns, matchTimeout: c.matchTimeout}
}

// runtimeCompile is a run's state for compiling code while it runs.
type runtimeCompile struct {
	// evalSeq numbers the eval strings compiled, for "(eval N)".
	evalSeq int
	// globals are the indexes of globals first named by such code, past
	// the program's own.
	globals map[string]int
	// nCodes and nPatterns continue the program's numbering of sub bodies
	// (frame pools) and pattern sites (pattern caches).
	nCodes, nPatterns int
	started           bool
	// ends are END blocks compiled at run time, after the program's own.
	ends []*subCode
	// trees caches the syntax trees of eval strings by their text, so
	// that an eval in a loop parses its string once; the compiler only
	// reads a tree.
	trees map[string]*parser.Program
	// unicodeRes are the /u variants of patterns matched against
	// character strings (charRules).
	unicodeRes map[*regex.Regexp]*regex.Regexp
}

// maxCachedTrees bounds the eval-string tree cache.
const maxCachedTrees = 512

// parseRuntime parses code compiled at run time. An eval string's tree
// is kept for the next eval of the same text, unless it names __FILE__,
// which the parser makes a constant holding this eval's "(eval N)".
func (it *Interp) parseRuntime(name string, src []byte, isEval bool) (*parser.Program, string) {
	cacheable := isEval && !strings.Contains(string(src), "__FILE__")
	if cacheable {
		if t, ok := it.rtc.trees[string(src)]; ok {
			return t, ""
		}
	}
	tree, err := parser.ParseWithProtos(name, src, it.prog.protos)
	if err != nil {
		return nil, err.Error()
	}
	if cacheable {
		if it.rtc.trees == nil || len(it.rtc.trees) >= maxCachedTrees {
			it.rtc.trees = map[string]*parser.Program{}
		}
		it.rtc.trees[string(src)] = tree
	}
	return tree, ""
}

// globalIndex is the index of a global in the run's table, adding it when
// code compiled at run time names it first.
func (it *Interp) globalIndex(full string) int {
	if i, ok := it.prog.base.globalIdx[full]; ok {
		return i
	}
	if i, ok := it.rtc.globals[full]; ok {
		return i
	}
	if it.rtc.globals == nil {
		it.rtc.globals = map[string]int{}
	}
	i := len(it.globs)
	it.globs = append(it.globs, it.glob(full))
	it.rtc.globals[full] = i
	return i
}

// evalSite is what an eval STRING sees of the place it is written: the
// lexicals in scope (by name, as slots of the enclosing frame), the
// package, and use strict.
type evalSite struct {
	names  map[string]int
	pkg    string
	strict strictness
	// inLoop is set when the eval is inside a loop of its sub, which
	// next and last in the string then leave the eval for.
	inLoop bool
}

// evalSite snapshots the lexical scope at an eval STRING. Variables of
// enclosing subs are captured into the current sub, as a closure naming
// them would capture them, so that the eval's code reaches them through
// the current frame.
func (c *compiler) evalSite() *evalSite {
	var keys []string
	seen := map[string]bool{}
	for st := c.sub; st != nil; st = st.parent {
		for _, scope := range st.scopes {
			for k := range scope {
				if !seen[k] {
					seen[k] = true
					keys = append(keys, k)
				}
			}
		}
	}
	sort.Strings(keys)
	names := make(map[string]int, len(keys))
	for _, k := range keys {
		if slot, ok := c.lookup(k[0], k[1:]); ok {
			names[k] = slot
		}
	}
	return &evalSite{names: names, pkg: c.pkg, strict: c.strict(), inLoop: c.loopDepth > 0}
}

// evalString compiles eval EXPR: the string is compiled when the eval
// runs, as a sub that captures the lexicals in scope at the eval, and run
// in the eval's context. A compile error or a die sets $@ and gives undef
// (the empty list); success clears $@.
func (c *compiler) evalString(x *parser.Call) func(*frame, wantCtx) []value.Scalar {
	if len(x.Args) > 1 {
		c.fail(x.At().Line, "Too many arguments for eval")
	}
	src := c.topicOr(x)
	site := c.evalSite()
	if c.loopDepth > 0 {
		// next/last in the string leave the eval for the enclosing loop,
		// which must catch them as it catches `... or next`.
		c.exprControl = true
	}
	errVar := c.global("main::@")
	file, line := c.file, x.At().Line
	return func(fr *frame, want wantCtx) []value.Scalar {
		it := fr.it
		text := src(fr).String()
		defer it.popEval(it.pushEval(evalCtx{fr: fr, file: file, line: line, pkg: site.pkg, want: want, text: text, isString: true}))
		it.rtc.evalSeq++
		name := fmt.Sprintf("(eval %d)", it.rtc.evalSeq)
		u, msg := it.compileRuntime(name, []byte(text), site)
		if u == nil {
			it.store(it.globs[errVar].Scalar, value.StrValue(msg))
			return failedEval(want)
		}
		// $@ is cleared as the eval starts, so a bare die inside does not
		// propagate an earlier error.
		it.store(it.globs[errVar].Scalar, value.StrValue(""))
		return it.protectEval(errVar, want, func() []value.Scalar {
			return it.runUnit(u, fr, fr.args, want)
		})
	}
}

// failedEval is the value of an eval that died.
func failedEval(want wantCtx) []value.Scalar {
	if want == listCtx {
		return nil
	}
	return []value.Scalar{value.UndefValue()}
}

// protectEval runs f as eval does: a die sets $@ and gives undef or the
// empty list, with the locals and call depth unwound; success clears $@.
func (it *Interp) protectEval(errVar int, want wantCtx, f func() []value.Scalar) (out []value.Scalar) {
	mark := len(it.locals)
	depth := it.depth
	defer func() {
		if r := recover(); r != nil {
			d, ok := r.(*dieSignal)
			if !ok {
				if _, isCtl := r.(*ctlSignal); isCtl {
					// next/last leaving the eval for an outer loop.
					it.unwindLocals(mark)
					it.depth = depth
				}
				panic(r)
			}
			it.unwindLocals(mark)
			it.depth = depth
			it.store(it.globs[errVar].Scalar, d.val)
			out = failedEval(want)
		}
	}()
	out = f()
	it.store(it.globs[errVar].Scalar, value.StrValue(""))
	return out
}

// isDeclared reports whether a sub of that full name is known, so that a
// bareword naming it is a call: declared in the code being compiled, in
// the program, or defined by now in a run compiling code.
func (c *compiler) isDeclared(full string) bool {
	if c.declared[full] {
		return true
	}
	if c.rt == nil {
		return false
	}
	if c.rt.prog.base.declared[full] {
		return true
	}
	g := c.rt.symbols[full]
	return g != nil && g.Code != nil
}

// isOur reports whether a global (sigil + full name) was declared with
// our or use vars, here or, for code compiled at run time, in the program.
func (c *compiler) isOur(key string) bool {
	return c.ours[key] || (c.rt != nil && c.rt.prog.base.ours[key])
}

// exportsOf is a module's constant @EXPORT list as the compiler saw it.
func (c *compiler) exportsOf(module string) []string {
	if e, ok := c.exports[module]; ok || c.rt == nil {
		return e
	}
	return c.rt.prog.base.exports[module]
}

// runtimeUnit is code compiled while the program runs, with what its
// compilation added to the program: named subs, modules, imports.
type runtimeUnit struct {
	code *subCode
	prog *Program
	// site is the eval's view of the enclosing lexicals; nil for a file.
	site *evalSite
}

// compileRuntime compiles source while the program runs: an eval string
// (site set: it sees the lexicals of the site) or a file for do/require
// (site nil). On failure it returns perl's message for $@.
func (it *Interp) compileRuntime(name string, src []byte, site *evalSite) (u *runtimeUnit, msg string) {
	tree, msg := it.parseRuntime(name, src, site != nil)
	if tree == nil {
		return nil, msg
	}
	base := it.prog.base
	if !it.rtc.started {
		it.rtc.started = true
		it.rtc.nCodes, it.rtc.nPatterns = base.nCodes, base.nPatterns
	}
	prog := &Program{name: name}
	c := &compiler{prog: prog, file: name, pkg: "main", rt: it,
		loaded: map[string]int{}, exports: map[string][]string{}, modulePaths: map[int]string{},
		ours: map[string]bool{}, declared: map[string]bool{},
		matchTimeout: base.matchTimeout, nCodes: it.rtc.nCodes, nPatterns: it.rtc.nPatterns}
	for _, d := range it.glob("main::INC").Array.Elems {
		if d != nil {
			c.inc = append(c.inc, d.String())
		}
	}
	c.nCodes++
	st := &subState{code: &subCode{id: c.nCodes, name: name}}
	if site != nil {
		c.pkg = site.pkg
		st.parent = &subState{code: &subCode{}, scopes: []map[string]int{site.names}}
		c.strictStack = []strictness{site.strict}
		if site.inLoop {
			c.loopDepth = 1
		}
	}
	st.code.pkg = c.pkg
	c.sub, c.mainSub = st, st
	prog.units = []unit{{file: name, code: st.code}}
	defer func() {
		it.rtc.nCodes, it.rtc.nPatterns = c.nCodes, c.nPatterns
		if r := recover(); r != nil {
			switch f := r.(type) {
			case compileFail:
				u, msg = nil, f.msg
			case *parser.Error:
				u, msg = nil, f.Error()
			default:
				u, msg = nil, fmt.Sprintf("panic: miniperl internal error compiling %s: %v\n", name, r)
			}
		}
	}()
	collectSubs(tree.Stmts, c.pkg, c.declared)
	c.pushScope()
	st.code.body = c.stmts(tree.Stmts, true)
	c.popScope()
	st.code.exprReturn = c.exprReturn
	prog.main = st.code
	if len(c.errors) > 0 {
		return nil, strings.Join(c.errors, "\n") + "\n"
	}
	return &runtimeUnit{code: st.code, prog: prog, site: site}, ""
}

// runUnit runs code compiled at run time in the context want: its
// captured lexicals come from fr (the eval's frame) and its @_ is args.
// Its named subs, modules and imports are set up first, as perl sets
// them up while compiling.
func (it *Interp) runUnit(u *runtimeUnit, fr *frame, args *value.Array, want wantCtx) []value.Scalar {
	code := u.code
	efr := newFrame(it, code)
	efr.want = want
	efr.args = args
	efr.pkg = code.pkg
	if fr != nil && u.site != nil {
		efr.caller, efr.evalUnit = fr, true
		cl := makeClosure(code, fr, true)
		for i, cp := range code.captures {
			switch cp.kind {
			case '$':
				efr.scalars[cp.to] = cl.refs[i].(*value.Scalar)
			case '@':
				efr.arrays[cp.to] = cl.refs[i].(*value.Array)
			case '%':
				efr.hashes[cp.to] = cl.refs[i].(*value.Hash)
			}
		}
	}
	p := u.prog
	frames := make([]*frame, len(p.units))
	frames[0] = efr
	for i := 1; i < len(frames); i++ {
		frames[i] = newFrame(it, p.units[i].code)
		frames[i].pkg = "main"
	}
	for _, m := range p.modules {
		file := moduleFile(m.name)
		*it.glob("main::INC").Hash.Elem(file) = value.StrValue(file)
		for name, fn := range m.subs {
			full := m.name + "::" + name
			if g := it.glob(full); g.Code == nil {
				g.Code = &Closure{name: full, native: fn}
			}
		}
	}
	for _, pair := range p.inherits {
		it.glob(pair[0] + "::ISA").Array.Push(value.StrValue(pair[1]))
	}
	for _, im := range p.imports {
		if im.isVar {
			*it.glob(im.full).Scalar = im.v
			continue
		}
		it.glob(im.full).Code = &Closure{name: im.full, native: im.fn}
	}
	for _, s := range p.subs {
		it.glob(s.full).Code = makeClosure(s.code, frames[s.unit], false)
	}
	it.rtc.ends = append(it.rtc.ends, p.ends...)
	for _, step := range p.inits {
		it.runtimeInit(step, p, frames)
	}
	mark := len(it.locals)
	it.depth++
	var r ctl
	if code.exprReturn {
		r = runCatchingReturn(code.body, efr)
	} else {
		r = code.body(efr)
	}
	it.depth--
	if len(it.locals) > mark {
		it.unwindLocals(mark)
	}
	if (r == ctlNext || r == ctlLast || r == ctlRedo) && u.site != nil {
		panic(&ctlSignal{op: r, label: efr.label})
	}
	if r != ctlReturn {
		return nil
	}
	if want == listCtx {
		return efr.retValues()
	}
	return []value.Scalar{efr.retOne}
}

// runtimeInit is runInit for a unit compiled at run time: a module file
// runs unless %INC says it already has, then its import is called.
func (it *Interp) runtimeInit(step initStep, p *Program, frames []*frame) {
	if step.do != nil {
		step.do(it, frames)
		return
	}
	inc := it.glob("main::INC").Hash
	if step.unit > 0 && !inc.Exists(step.inc) {
		*inc.Elem(step.inc) = value.StrValue(step.path)
		p.units[step.unit].code.body(frames[step.unit])
	}
	it.callImport(step, frames)
}
