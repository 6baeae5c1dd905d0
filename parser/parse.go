// Package parser turns Perl source into a syntax tree: statements by a
// participle grammar (grammar.go), expressions by precedence climbing
// (expr.go, term.go) called from the grammar as a participle Parseable.
// Parse is the only entry point; participle stays behind it.
package parser

import (
	"errors"
	"sync"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/lexer"
)

// The participle parsers are built once, on first use, and never change
// afterwards: building costs milliseconds of reflection, and a built
// parser is safe for concurrent use.
var (
	buildOnce   sync.Once
	progParser  *participle.Parser[Program]
	blkParser   *participle.Parser[Block]
	buildErr    error
	definition  = lexer.New()
	parseOption = []participle.Option{
		participle.Lexer(definition),
		participle.UseLookahead(2),
	}
)

var allowTrailing = participle.AllowTrailing(true)

func build() {
	buildOnce.Do(func() {
		progParser, buildErr = participle.Build[Program](parseOption...)
		if buildErr == nil {
			blkParser, buildErr = participle.Build[Block](parseOption...)
		}
		if buildErr != nil {
			panic("parser: grammar does not build: " + buildErr.Error())
		}
	})
}

func blockParser() *participle.Parser[Block] {
	build()
	return blkParser
}

// Parse parses a whole Perl file. name is used in messages ("-e" for a
// one-liner). Errors are *Error with perl's wording.
func Parse(name string, src []byte) (*Program, error) {
	build()
	toks, err := lexer.Tokenize(name, src)
	if err != nil {
		return nil, err
	}
	peek, err := plex.Upgrade(&sliceLexer{toks: toks})
	if err != nil {
		return nil, err
	}
	prog, err := progParser.ParseFromLexer(peek)
	if err != nil {
		e := toError(err)
		e.fillNear(src, toks)
		return nil, e
	}
	prog.Name = name
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
	if t.Type != lexer.Ident {
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
