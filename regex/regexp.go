package regex

import (
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/dlclark/regexp2"
)

// Options tune Compile.
type Options struct {
	// MatchTimeout bounds the time one match may take on the
	// backtracking engine; past it the match fails with ErrMatchTimeout.
	// Zero means no limit. The linear-time engine needs no limit.
	MatchTimeout time.Duration
	// BacktrackOnly makes every match use the backtracking engine. Tests use
	// it to check both engines against perl.
	BacktrackOnly bool
}

// Regexp is a compiled perl pattern. It is immutable and safe for
// concurrent use.
type Regexp struct {
	expr  string // the pattern as compiled, after \Q...\E quoting
	str   string // perl's qr// string
	ncap  int
	names map[string][]int
	order []string
	start bool // the pattern is exactly ^ (split treats it as /^/m)
	hasG  bool // uses \G
	opts  Options
	tree  *node
	keep  int     // regexp2 group that \K sets, 0 if none
	multi *Regexp // for split: the pattern ^ compiled under /m

	scan      *scanner // direct scan, or nil
	bt        *regexp2.Regexp
	notEmpty  func() (*regexp2.Regexp, error) // bt that may not end where it starts
	fast      *regexp.Regexp                  // linear engine, or nil
	fastPerl  []int                           // Go group of each perl group
	fastTails []int                           // Go groups of a final $
	fastCtx   bool                            // fast looks before the start position
}

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
		str:   stringify(f, expr, p.wide, p.runOn),
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
	e := btEmitter{keep: re.keep}
	e.emit(tree)
	src := e.b.String()
	if re.bt, err = compileBT(src, opts); err != nil {
		return nil, &Error{Msg: "Internal error compiling " + src + ": " + err.Error(), Pattern: expr, Offset: -1}
	}
	re.notEmpty = sync.OnceValues(func() (*regexp2.Regexp, error) {
		return compileBT("(?:"+src+`)(?!\G)`, opts)
	})
	if !opts.BacktrackOnly {
		re.compileFast()
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
}

// parse parses expr, again under Unicode rules when the first pass finds
// a construct that needs them (as perl does).
func parse(expr string, m modes) (*parser, *node, error) {
	var p *parser
	var tree *node
	var err error
	for _, uni := range []bool{false, true} {
		p = &parser{src: expr, mode: m, uni: uni, names: map[string][]int{}}
		tree, err = p.parseAlt()
		if err == nil && !p.eof() {
			err = p.fail(p.pos+1, "Unmatched )")
		}
		if err != nil || !p.needUni || uni {
			break
		}
	}
	if err != nil {
		return nil, nil, err
	}
	if err := p.resolve(); err != nil {
		return nil, nil, err
	}
	if err := p.checkLookbehind(tree); err != nil {
		return nil, nil, err
	}
	return p, tree, nil
}

// resolve checks group references now that every group is known.
func (p *parser) resolve() error {
	for _, r := range p.pending {
		if r.name != "" {
			groups, ok := p.names[r.name]
			if !ok {
				return p.fail(r.at, "Reference to nonexistent named group")
			}
			r.n.refs = groups
			continue
		}
		if r.num > p.ncap {
			if r.n.op == opCond {
				r.n.refs = nil // perl: a test of a group that does not exist is false
				continue
			}
			if r.rel {
				return p.fail(r.at, "Reference to nonexistent or unclosed group")
			}
			return p.fail(r.at, "Reference to nonexistent group")
		}
	}
	return nil
}

// checkLookbehind rejects lookbehinds perl cannot run (longer than 255
// or unbounded) and groups inside a variable-length one: the engine
// matches lookbehinds right to left, so it could pick other captures
// than perl, which tries the longest start first.
func (p *parser) checkLookbehind(tree *node) error {
	var err error
	tree.walk(func(n *node) {
		if err != nil || n.op != opLook || !n.behind {
			return
		}
		least, most := n.subs[0].width()
		if most == unbounded || most > 255 {
			err = p.fail(-1, "Lookbehind longer than 255 not implemented")
			return
		}
		if least != most {
			n.subs[0].walk(func(c *node) {
				if c.op == opCapture && err == nil {
					err = &Error{Msg: "Capture group in variable-length lookbehind not supported by miniperl",
						Pattern: p.src, Offset: c.pos + 1, Unsupported: true}
				}
			})
		}
	})
	return err
}

// quoteMetaSpans applies \Q...\E (quotemeta up to \E or the end) and drops
// stray \E, as perl's interpolation does before the regex compiler runs.
func quoteMetaSpans(s string) string {
	if !strings.Contains(s, `\Q`) && !strings.Contains(s, `\E`) {
		return s
	}
	var b strings.Builder
	quoting := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case 'Q':
				quoting = true
				i++
				continue
			case 'E':
				quoting = false
				i++
				continue
			}
			if !quoting {
				b.WriteByte(c)
				b.WriteByte(s[i+1])
				i++
				continue
			}
		}
		if quoting && !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// String returns perl's stringification of the pattern as a qr// object,
// e.g. "(?^i:ab)".
func (re *Regexp) String() string { return re.str }

// Pattern returns the pattern as compiled (after \Q...\E quoting).
func (re *Regexp) Pattern() string { return re.expr }

// NumGroups returns the number of capturing groups.
func (re *Regexp) NumGroups() int { return re.ncap }

// GroupNames maps each group name to the numbers of the groups that carry
// it, in pattern order. %+ takes the first of them that is set, %- lists
// them all. The caller must not change the map.
func (re *Regexp) GroupNames() map[string][]int { return re.names }

// Names returns the group names in order of first appearance.
func (re *Regexp) Names() []string { return append([]string(nil), re.order...) }

// UsesG reports whether the pattern contains \G.
func (re *Regexp) UsesG() bool { return re.hasG }

// Engine names the engine the pattern runs on: "scan" (a literal or one
// repeated class, found by a direct scan), "linear" (Go's regexp, used
// when the subject after the start position is ASCII, else
// "backtrack"), or "backtrack" (regexp2).
func (re *Regexp) Engine() string {
	switch {
	case re.scan != nil:
		return "scan"
	case re.fast != nil:
		return "linear"
	}
	return "backtrack"
}

// Linear reports whether the pattern can run on Go's linear-time engine
// (used for subjects, or the part after the start position, that are
// ASCII).
func (re *Regexp) Linear() bool { return re.fast != nil }
