// Package parser turns Perl source into a syntax tree: statements by a
// participle grammar (grammar.go), expressions by precedence climbing
// (expr.go, term.go) called from the grammar as a participle Parseable.
// Parse is the only entry point; participle stays behind it.
package parser

import (
	"errors"
	"fmt"
	"sync"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/lexer"
)

// The participle parser is built once, on first use, and never changes
// afterwards: building costs about a millisecond of reflection, and a
// built parser is safe for concurrent use. Only the statement grammar is
// built; files and blocks are statement lists read by parseStmts, so that
// start-up pays for one Build, not one per entry point.
var (
	buildOnce  sync.Once
	stmtParser *participle.Parser[Stmt]
)

var allowTrailing = participle.AllowTrailing(true)

func build() {
	buildOnce.Do(func() {
		var err error
		stmtParser, err = participle.Build[Stmt](
			participle.Lexer(lexer.New()),
			participle.UseLookahead(2),
		)
		if err != nil {
			panic("parser: grammar does not build: " + err.Error())
		}
	})
}

// parseStmts reads statements until a closing brace (left unread), the
// data section or the end of the file.
func parseStmts(lex *plex.PeekingLexer) ([]*Stmt, error) {
	var out []*Stmt
	for {
		t := lex.Peek()
		if t.Type == lexer.EOF || t.Type == lexer.Data || (t.Type == lexer.Op && t.Value == "}") {
			return out, nil
		}
		s, err := stmtParser.ParseFromLexer(lex, allowTrailing)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
}

// parseBlockFrom reads { statements } from lex.
func parseBlockFrom(lex *plex.PeekingLexer) (*Block, error) {
	build()
	open := lex.Next()
	if open.Type != lexer.Op || open.Value != "{" {
		return nil, &Error{Pos: open.Pos, Msg: "syntax error", Near: true}
	}
	stmts, err := parseStmts(lex)
	if err != nil {
		return nil, err
	}
	closing := lex.Peek()
	if closing.Type != lexer.Op || closing.Value != "}" {
		return nil, &Error{Pos: closing.Pos, Msg: "syntax error", Near: true}
	}
	lex.Next()
	return &Block{Pos: open.Pos, Stmts: stmts, EndPos: closing.Pos}, nil
}

// Parse parses a whole Perl file. name is used in messages ("-e" for a
// one-liner). Errors are *Error with perl's wording.
func Parse(name string, src []byte) (prog *Program, err error) {
	return ParseWithProtos(name, src, nil)
}

// ParseWithProtos is Parse for code that sees subs declared elsewhere
// (eval STRING in a program): protos maps their names, bare or
// qualified, to their prototypes, so that calls of subs with a (&...)
// or unary prototype parse as perl parses them.
func ParseWithProtos(name string, src []byte, protos map[string]string) (prog *Program, err error) {
	build()
	defer func() {
		// A fault in the parser itself is reported, never a stack trace.
		if r := recover(); r != nil {
			prog, err = nil, &Error{Msg: fmt.Sprintf("panic: miniperl internal error parsing %s: %v", name, r)}
		}
	}()
	toks, err := lexer.Tokenize(name, src)
	if err != nil {
		return nil, err
	}
	markBlockCalls(toks, protos)
	peek, err := plex.Upgrade(&sliceLexer{toks: toks})
	if err != nil {
		return nil, err
	}
	prog = &Program{Name: name}
	if len(toks) > 0 {
		prog.Pos = toks[0].Pos
	}
	prog.Stmts, err = parseStmts(peek)
	if err == nil {
		switch t := peek.Next(); t.Type {
		case lexer.Data:
			data := t.Value
			prog.Data = &data
		case lexer.EOF:
		default:
			err = &Error{Pos: t.Pos, Msg: "syntax error", Near: true}
		}
	}
	if err != nil {
		e := toError(err)
		e.fillNear(src, toks)
		return nil, e
	}
	return prog, nil
}

// ParseExpr parses src as one expression; the interpolation of "@{[ ]}"
// and subscripts inside strings uses it.
func ParseExpr(name string, src string, line int) (Node, error) {
	build()
	toks, err := lexer.Tokenize(name, []byte(src))
	if err != nil {
		return nil, err
	}
	for i := range toks {
		toks[i].Pos.Line += line - 1
	}
	peek, err := plex.Upgrade(&sliceLexer{toks: toks})
	if err != nil {
		return nil, err
	}
	p := &exprParser{lex: peek}
	n, err := p.catch(p.parseLowOr)
	if err != nil {
		return nil, err
	}
	if t := peek.Peek(); t.Type != lexer.EOF {
		return nil, &Error{Pos: t.Pos, Msg: "syntax error", Near: true}
	}
	return n, nil
}

// sliceLexer replays tokens already scanned.
type sliceLexer struct {
	toks []plex.Token
	i    int
}

// Next implements participle's lexer over the token slice.
func (s *sliceLexer) Next() (plex.Token, error) {
	if s.i >= len(s.toks) {
		return plex.Token{Type: plex.EOF}, nil
	}
	t := s.toks[s.i]
	s.i++
	return t, nil
}

// toError converts participle's errors to *Error.
func toError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	var ut *participle.UnexpectedTokenError
	if errors.As(err, &ut) {
		return &Error{Pos: ut.Unexpected.Pos, Msg: "syntax error", Near: true}
	}
	var pe participle.Error
	if errors.As(err, &pe) {
		return &Error{Pos: pe.Position(), Msg: "syntax error", Near: true}
	}
	return &Error{Msg: err.Error()}
}

// Label is LABEL: before a statement.
type Label struct {
	Name string
}

// Parse implements participle.Parseable: an identifier followed by ':'.
func (l *Label) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if t.Type != lexer.Ident || labelBeforeBrace(lex) {
		return participle.NextMatch
	}
	cp := lex.MakeCheckpoint()
	lex.Next()
	if n := lex.Peek(); n.Type == lexer.Op && n.Value == ":" {
		lex.Next()
		l.Name = t.Value
		return nil
	}
	lex.LoadCheckpoint(cp)
	return participle.NextMatch
}

// Prototype is a sub's (...) prototype, kept as text.
type Prototype struct {
	Text string
}

// Parse implements participle.Parseable.
func (pr *Prototype) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if t.Type != lexer.Op || t.Value != "(" {
		return participle.NextMatch
	}
	lex.Next()
	for {
		t := lex.Next()
		if t.Type == lexer.EOF {
			return &Error{Pos: t.Pos, Msg: "syntax error", Near: true}
		}
		if t.Type == lexer.Op && t.Value == ")" {
			return nil
		}
		if t.Type == lexer.ScalarVar && t.Value == "$)" {
			// ($;$) lexes its end as the variable $).
			pr.Text += "$"
			return nil
		}
		pr.Text += t.Value
	}
}

// StmtEnd is the end of a simple statement: a semicolon, or nothing before
// a closing brace or the end of the file.
type StmtEnd struct{}

// Parse implements participle.Parseable.
func (*StmtEnd) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	switch {
	case t.Type == lexer.Op && t.Value == ";":
		lex.Next()
		return nil
	case t.Type == lexer.Op && t.Value == "}", t.Type == lexer.EOF, t.Type == lexer.Data:
		return nil
	}
	return &Error{Pos: t.Pos, Msg: "syntax error", Near: true}
}
