package lexer

import (
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/builtins"
)

// This file decides, like perl's toke.c, whether a term or an operator
// comes next (scanner.term). Most tokens settle it by themselves: a
// literal or variable ends a term, an operator wants one. The rest is
// here: barewords, braces, and perl's guesses about filehandles.

// braceKind is what an open `{` turned out to be, which decides what may
// follow its `}`.
type braceKind uint8

const (
	// braceStmt is a block statement or sub body: a statement follows.
	braceStmt braceKind = iota
	// braceArg is the block argument of map, grep, sort or print: the
	// list follows it.
	braceArg
	// braceSubscript is `$h{...}`, `->{...}`, `@h{...}`: a term ends.
	braceSubscript
	// braceDeref is `${...}`, `@{...}`: a term ends.
	braceDeref
	// braceHash is an anonymous hash `{ a => 1 }`: a term ends.
	braceHash
	// braceExpr is the block of `do`, `eval` or an anonymous `sub`, which
	// is itself a term.
	braceExpr
)

func (k braceKind) endsTerm() bool { return k >= braceSubscript }

// openBrace scans `{`, classifying it from the tokens before it.
func (s *scanner) openBrace() {
	kind := s.braceKind()
	s.emit(Op, "{", s.pos)
	s.pos++
	s.braces = append(s.braces, kind)
	s.term = true
}

// closeBrace scans `}`; what follows depends on what the brace opened.
func (s *scanner) closeBrace() {
	s.emit(Op, "}", s.pos)
	s.pos++
	kind := braceHash
	if n := len(s.braces); n > 0 {
		kind = s.braces[n-1]
		s.braces = s.braces[:n-1]
	}
	if s.constDepth > len(s.braces) {
		s.constDepth = -1
	}
	s.term = !kind.endsTerm()
}

// braceKind guesses what a `{` about to be scanned opens. Perl guesses a
// block or an anonymous hash in the same places; it matters here only for
// what the closing `}` leaves expected.
func (s *scanner) braceKind() braceKind {
	p := s.last(1)
	if p == nil {
		return braceStmt
	}
	switch p.Type {
	case Cast:
		return braceDeref
	case Keyword:
		switch p.Value {
		case "do", "eval", "sub":
			return braceExpr
		case "return":
			return braceHash
		}
		return braceStmt
	case Ident:
		if p2 := s.last(2); p2 != nil {
			if p2.Type == Keyword && (p2.Value == "sub" || p2.Value == "package") {
				return braceStmt
			}
			if isOp(p2, "->") {
				return braceSubscript // `->method {`: nonsense, but a term ended
			}
			if p2.Type == Keyword && p2.Value == "use" && p.Value == "constant" {
				s.constDepth = len(s.braces) + 1
				return braceHash
			}
		}
		if _, ok := funcOf(p.Value); ok {
			if blockArgFuncs[coreName(p.Value)] {
				return braceArg
			}
			return braceHash // `bless {...}, $class`
		}
		return braceStmt // a user function taking a block: `try { ... }`
	case Op:
		switch p.Value {
		case "->", "]":
			return braceSubscript
		case ")", ";":
			return braceStmt
		case "}":
			if !s.term {
				return braceSubscript // `$h{a}{b}`, `@{$r}{...}`
			}
			return braceStmt
		case "{":
			if n := len(s.braces); n > 0 && !s.braces[n-1].endsTerm() {
				return braceStmt
			}
		}
		return braceHash
	}
	if !s.term {
		return braceSubscript // after a variable
	}
	return braceHash
}

// subscriptWord reports whether the bareword ending at end is the whole
// content of a `{...}`: a hash key (`$h{if}`, `$h{-foo}`) in a subscript,
// and for the quote-like words (`{s}`, `{y}`) in any brace.
func (s *scanner) subscriptWord(end int, quoteLike bool) bool {
	p := s.last(1)
	if p == nil || p.Type != Op {
		return false
	}
	if p.Value == "-" {
		if p = s.last(2); p == nil || p.Type != Op {
			return false
		}
	}
	if p.Value != "{" || len(s.braces) == 0 {
		return false
	}
	if !quoteLike && s.braces[len(s.braces)-1] != braceSubscript {
		return false
	}
	return byteAt(s.src, s.peek(end)) == '}'
}

// identTerm decides whether a term follows the bareword w just emitted,
// which ends at end. arrow is true after `->` (a method name).
func (s *scanner) identTerm(w string, arrow bool, end int) bool {
	if arrow {
		return false
	}
	p := s.last(2) // the token before the word
	if p != nil && p.Type == Keyword {
		switch p.Value {
		case "sub":
			s.declare(w, s.emptyPrototype(end))
			return false
		case "use", "no", "package":
			return false
		}
	}
	if s.constantName(p, end) {
		s.declare(w, true)
		return false
	}
	if k, ok := funcOf(w); ok {
		return k != funcNoArgs
	}
	if noArgs, ok := s.subs[w]; ok {
		return !noArgs
	}
	// A bareword right after print, open, sort and the like is their
	// filehandle or sub name (perl's indirect object): a term follows,
	// as in `print STDERR <<EOF`.
	if p != nil && p.Type == Ident && byteAt(s.src, end) != '(' && !s.isMethod(2) {
		k, _ := funcOf(p.Value)
		return k == funcHandle
	}
	return false
}

// constantName reports whether the bareword ending at end, after token p,
// names a constant: `use constant NAME => ...` or a key at the top level of
// `use constant { NAME => ..., ... }`.
func (s *scanner) constantName(p *plex.Token, end int) bool {
	if s.constDepth == len(s.braces) && s.constDepth > 0 {
		return s.fatCommaAt(end)
	}
	if p == nil || p.Type != Ident || p.Value != "constant" {
		return false
	}
	p2 := s.last(3)
	return p2 != nil && p2.Type == Keyword && p2.Value == "use"
}

// declare records a sub declared with `sub NAME`: with an empty prototype
// it takes no arguments, else it is a list operator.
func (s *scanner) declare(name string, noArgs bool) {
	if s.subs == nil {
		s.subs = make(map[string]bool)
	}
	s.subs[name] = noArgs
}

// emptyPrototype reports whether `()` follows i: `sub PI() { 3.14 }`.
func (s *scanner) emptyPrototype(i int) bool {
	i = s.peek(i)
	return byteAt(s.src, i) == '(' && byteAt(s.src, s.peek(i+1)) == ')'
}

// isMethod reports whether the n-th token back is preceded by `->`.
func (s *scanner) isMethod(n int) bool {
	return isOp(s.last(n+1), "->")
}

// isListOp reports whether the n-th token back is a list operator after
// which perl guesses filehandles: a built-in list operator other than map
// and grep, or a sub declared without an empty prototype.
func (s *scanner) isListOp(n int) bool {
	p := s.last(n)
	if p == nil || p.Type != Ident || s.isMethod(n) {
		return false
	}
	name := coreName(p.Value)
	if info, ok := builtins.Lookup(name); ok {
		return info.Class == builtins.ListOp && name != "map" && name != "grep"
	}
	noArgs, ok := s.subs[p.Value]
	return ok && !noArgs
}

// handleVarTerm is perl's guess whether the scalar variable just emitted,
// ending at end, is the filehandle of a list operator it directly follows
// (`print $fh <<EOF`, `print $fh /x/`): then a term follows it. It
// applies only when whitespace follows the variable, and looks at the next
// characters as toke.c does.
func (s *scanner) handleVarTerm(end int) bool {
	src := s.src
	if end >= len(src) || !isSpace(src[end]) || !s.isListOp(2) {
		return false
	}
	i := s.peek(end)
	c1, c2 := byteAt(src, i+1), byteAt(src, i+2)
	switch byteAt(src, i) {
	case '<':
		if c1 == '<' {
			return c2 != 0 && !isSpace(c2) && c2 != '='
		}
		return isAlpha(c1)
	case '&', '*', '%':
		return isAlpha(c1)
	case '.':
		return isDigit(c1)
	case '?', '-', '+':
		return c1 != 0 && !isSpace(c1) && c1 != '='
	case '/':
		return c1 != 0 && !isSpace(c1) && c1 != '=' && c1 != '/'
	}
	return false
}

// blockArgFuncs take a block as their first argument, after which their
// list follows: `map { ... } %h`, `print {$fh} ...`, `system { $p } @a`.
var blockArgFuncs = map[string]bool{
	"map": true, "grep": true, "sort": true, "print": true, "printf": true,
	"say": true, "exec": true, "system": true,
}

// unknownWord reports whether the latest token is a bareword perl would
// not know as a function: not a named operator, not a declared sub, not a
// method name.
func (s *scanner) unknownWord() bool {
	p := s.last(1)
	if p == nil || p.Type != Ident || s.isMethod(1) {
		return false
	}
	if _, ok := funcOf(p.Value); ok {
		return false
	}
	_, ok := s.subs[p.Value]
	return !ok
}

// coreName strips a `CORE::` prefix, so `CORE::print` parses as print.
func coreName(w string) string {
	return strings.TrimPrefix(w, "CORE::")
}

func isOp(t *plex.Token, v string) bool {
	return t != nil && t.Type == Op && t.Value == v
}
