package interp

import (
	"fmt"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// eeSite is an s///ee: its replacement is evaluated as code, and the
// resulting string is evaluated again as perl code, like eval STRING. The
// second evaluation is compiled when the substitution runs, against what
// the site could see: the lexicals of its scope and the program's
// globals. It may not declare variables, define subs or name a global the
// program does not mention anywhere else; such code fails like an eval
// with a compile error ($@ set, an empty replacement).
type eeSite struct {
	c        *compiler // the program's compiler, read only once compiling ended
	file     string
	line     int
	pkg      string
	scope    map[string]int // the lexicals in scope: sigil+name -> slot
	code     *subCode       // the enclosing sub, for its frame layout
	strict   strictness
	errVar   int // $@
	declared map[string]bool
}

// newEESite records the scope of an s///ee being compiled.
func (c *compiler) newEESite() *eeSite {
	flat := map[string]int{}
	for _, sc := range c.sub.scopes {
		for k, v := range sc {
			flat[k] = v
		}
	}
	return &eeSite{c: c, file: c.file, line: c.line, pkg: c.pkg, scope: flat, code: c.sub.code,
		strict: c.strict(), errVar: c.global("main::@"), declared: c.declared}
}

// eeCompiled is one string compiled by an eeSite, cached per run.
type eeCompiled struct {
	fn  scalarFn
	err string
}

// eval runs src as perl code in fr and returns its value; a compile error
// or a die sets $@ and gives undef, as eval does.
func (e *eeSite) eval(fr *frame, src string) value.Scalar {
	it := fr.it
	if it.eeCache == nil {
		it.eeCache = map[*eeSite]map[string]eeCompiled{}
	}
	byStr := it.eeCache[e]
	if byStr == nil {
		byStr = map[string]eeCompiled{}
		it.eeCache[e] = byStr
	}
	comp, ok := byStr[src]
	if !ok {
		comp = e.compile(src)
		byStr[src] = comp
	}
	errSV := it.globs[e.errVar].Scalar
	if comp.err != "" {
		fr.it.store(errSV, value.StrValue(comp.err))
		return value.UndefValue()
	}
	return e.run(fr, comp.fn, errSV)
}

// run calls fn, catching a die as eval does.
func (e *eeSite) run(fr *frame, fn scalarFn, errSV *value.Scalar) (out value.Scalar) {
	it := fr.it
	mark, depth := len(it.locals), it.depth
	defer func() {
		if r := recover(); r != nil {
			d, ok := r.(*dieSignal)
			if !ok {
				panic(r)
			}
			it.unwindLocals(mark)
			it.depth = depth
			fr.it.store(errSV, d.val)
			out = value.UndefValue()
		}
	}()
	out = fn(fr)
	fr.it.store(errSV, value.StrValue(""))
	return out
}

// compile compiles src with a compiler of its own that shares nothing
// mutable with the program's.
func (e *eeSite) compile(src string) (out eeCompiled) {
	file := fmt.Sprintf("(eval in s///ee at %s line %d)", e.file, e.line)
	node, err := parser.ParseExpr(file, src, 1)
	if err != nil {
		return eeCompiled{err: strings.TrimSuffix(err.Error(), "\n") + "\n"}
	}
	c := e.c
	names := len(c.prog.globalNames)
	prog := *c.prog
	prog.globalNames = append([]string(nil), c.prog.globalNames...)
	idx := make(map[string]int, len(c.globalIdx))
	for k, v := range c.globalIdx {
		idx[k] = v
	}
	code := *e.code
	scope := make(map[string]int, len(e.scope))
	for k, v := range e.scope {
		scope[k] = v
	}
	st := &subState{code: &code, scopes: []map[string]int{scope}}
	rc := &compiler{prog: &prog, file: file, pkg: e.pkg, globalIdx: idx, sub: st, mainSub: st,
		line: 1, nCodes: 1 << 30, nPatterns: 1 << 29, matchTimeout: c.matchTimeout,
		strictStack: []strictness{e.strict}, ours: map[string]bool{}, declared: e.declared,
		loaded: map[string]int{}, exports: map[string][]string{}, modulePaths: map[int]string{}}
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(compileFail)
			if !ok {
				panic(r)
			}
			out = eeCompiled{err: f.msg}
		}
	}()
	fn := rc.scalar(node)
	switch {
	case len(rc.errors) > 0:
		return eeCompiled{err: strings.Join(rc.errors, "\n") + "\n"}
	case len(prog.globalNames) != names:
		return eeCompiled{err: "s///ee code names a global variable the program does not use elsewhere, which miniperl does not support at " + file + " line 1.\n"}
	case code.nScalars != e.code.nScalars || code.nArrays != e.code.nArrays || code.nHashes != e.code.nHashes || len(code.captures) != len(e.code.captures):
		return eeCompiled{err: "s///ee code that declares variables is not supported by miniperl at " + file + " line 1.\n"}
	case rc.nCodes != 1<<30:
		return eeCompiled{err: "s///ee code that defines subs is not supported by miniperl at " + file + " line 1.\n"}
	}
	return eeCompiled{fn: fn}
}
