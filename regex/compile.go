package regex

import (
	"regexp"
	"strings"
	"sync"

	"github.com/dlclark/regexp2"
)

// Compile compiles a perl pattern with modifiers from "msixxnpadlu"; the
// match-time modifiers g, c, o, e and r are accepted and ignored. The
// pattern is the final string after interpolation; a \Q...\E left in it
// is applied here.
func Compile(pattern, flags string) (*Regexp, error) {
	return CompileOptions(pattern, flags, Options{})
}

// MustCompile is Compile for patterns known to be good; it panics on error.
func MustCompile(pattern, flags string) *Regexp {
	re, err := Compile(pattern, flags)
	if err != nil {
		panic(err)
	}
	return re
}

// CompileOptions is Compile with options.
func CompileOptions(pattern, flags string, opts Options) (*Regexp, error) {
	f, err := parseFlags(flags)
	if err != nil {
		return nil, err
	}
	expr := quoteMetaSpans(pattern)
	p, tree, err := parse(expr, f.modes)
	if err != nil {
		return nil, err
	}
	re := &Regexp{
		expr:  expr,
		str:   stringify(f, expr, p.wide || (p.needUni && (p.ruleDep || p.reparse)), p.runOn),
		ncap:  p.ncap,
		names: p.names,
		order: p.order,
		opts:  opts,
		tree:  tree,
	}
	re.start = tree.op == opAssert && (tree.assert == assertBegin || tree.assert == assertLineBeg) &&
		strings.TrimSpace(expr) == "^"
	tree.walk(func(n *node) {
		if n.op == opAssert && n.assert == assertG {
			re.hasG = true
		}
	})
	if p.hasKeep {
		re.keep = re.ncap + 1
	}
	tree.walk(func(n *node) {
		if n.op == opBackref && n.fold && n.foldUni {
			re.latin1 = true
		}
	})
	e := btEmitter{keep: re.keep, latin1: re.latin1}
	e.emit(tree)
	src := e.b.String()
	if re.bt, err = compileBT(src, opts); err != nil {
		return nil, &Error{Msg: "Internal error compiling " + src + ": " + err.Error(), Pattern: expr, Offset: -1}
	}
	re.notEmpty = sync.OnceValues(func() (*regexp2.Regexp, error) {
		return compileBT("(?:"+src+`)(?!\G)`, opts)
	})
	if !re.hasG {
		re.pre, re.usePre = newPrefilter(tree), true
	}
	if !opts.BacktrackOnly {
		re.compileFast()
		// When it gives up, the linear engine takes over, or the
		// backtracking one with its time limit.
		re.bprog = newByteProg(tree, re.ncap)
		if !p.hasKeep {
			re.scan = newScanner(tree)
		}
	}
	if re.start && tree.assert == assertBegin {
		if re.multi, err = CompileOptions(expr, flags+"m", opts); err != nil {
			return nil, err
		}
	}
	return re, nil
}

func compileBT(src string, opts Options) (*regexp2.Regexp, error) {
	bt, err := regexp2.Compile(src, regexp2.None)
	if err != nil {
		return nil, err
	}
	bt.MatchTimeout = opts.MatchTimeout
	if opts.MatchTimeout <= 0 {
		bt.MatchTimeout = regexp2.DefaultMatchTimeout
	}
	return bt, nil
}

// compileFast sets up the linear engine when the pattern allows it.
func (re *Regexp) compileFast() {
	var e goEmitter
	if !e.emit(re.tree, true) {
		return
	}
	fast, err := regexp.Compile(e.b.String())
	if err != nil {
		return
	}
	for len(e.perl) <= re.ncap {
		e.perl = append(e.perl, 0)
	}
	re.fast, re.fastPerl, re.fastTails, re.fastCtx = fast, e.perl, e.tails, e.ctx
	re.fastIdent = len(e.tails) == 0 && fast.NumSubexp() == re.ncap
	for i := 1; i <= re.ncap && re.fastIdent; i++ {
		re.fastIdent = e.perl[i] == i
	}
}
