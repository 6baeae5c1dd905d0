package lexer

import (
	"io"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// Definition is the perl lexer as a participle lexer definition. The zero
// value is ready to use and holds no state, so one Definition may serve
// any number of concurrent parses.
type Definition struct{}

var (
	_ plex.Definition       = (*Definition)(nil)
	_ plex.StringDefinition = (*Definition)(nil)
	_ plex.BytesDefinition  = (*Definition)(nil)
)

// New returns a Definition.
func New() *Definition { return &Definition{} }

// Symbols names every token type, for participle grammar tags.
func (*Definition) Symbols() map[string]plex.TokenType { return symbols() }

// Lex reads all of r and tokenises it.
func (d *Definition) Lex(filename string, r io.Reader) (plex.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexBytes(filename, src)
}

// LexString tokenises input without copying it.
func (*Definition) LexString(filename string, input string) (plex.Lexer, error) {
	toks, err := tokenize(filename, input)
	if err != nil {
		return nil, err
	}
	return FromTokens(toks), nil
}

// LexBytes tokenises input.
func (d *Definition) LexBytes(filename string, input []byte) (plex.Lexer, error) {
	return d.LexString(filename, string(input))
}

// Tokenize returns all the tokens of src, ending with EOF, with a Data
// token before it when the source has `__END__` or `__DATA__`. filename
// goes into positions and error messages. A malformed source gives an
// *Error worded as perl's.
func Tokenize(filename string, src []byte) ([]plex.Token, error) {
	return tokenize(filename, string(src))
}

func tokenize(filename, src string) ([]plex.Token, error) {
	s := newScanner(filename, src)
	if err := s.run(); err != nil {
		return nil, err
	}
	return s.toks, nil
}

// FromTokens returns a participle lexer that replays toks, which must end
// with EOF (as Tokenize's do); after the end it keeps returning EOF. It
// lets a parser tokenise once and parse parts of the stream separately.
func FromTokens(toks []plex.Token) plex.Lexer {
	return &sliceLexer{toks: toks}
}

type sliceLexer struct {
	toks []plex.Token
	i    int
}

func (l *sliceLexer) Next() (plex.Token, error) {
	if l.i >= len(l.toks) {
		if len(l.toks) == 0 {
			return plex.EOFToken(plex.Position{}), nil
		}
		t := l.toks[len(l.toks)-1]
		return plex.EOFToken(t.Pos), nil
	}
	t := l.toks[l.i]
	l.i++
	return t, nil
}
