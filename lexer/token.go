// Package lexer turns Perl source into tokens for the participle grammar in
// package parser.
//
// Perl cannot be tokenised without context: whether "/" starts a pattern or
// divides, whether "<" starts a readline, whether "%" is a hash sigil or the
// modulus operator, all depend on whether the previous significant token
// ended a term. Participle lexes the whole input before parsing, so this
// scanner carries that context itself, deciding by the previous token as
// perl's own toke.c does.
package lexer

import plex "github.com/alecthomas/participle/v2/lexer"

// Token types. Each token's Value is described beside its type; positions
// (file, byte offset, line, column) are always set.
const (
	// EOF ends the token stream.
	EOF = plex.EOF
	// Ident is a bareword: `print`, `SOCK`, `Foo::Bar`, `::foo`, a hash key
	// `if` in `$h{if}`, a word before `=>`, a method name after `->`.
	// Value is the word as written.
	Ident plex.TokenType = -(iota + 2)
	// Keyword is a statement or declaration word: see Keywords. Value is the
	// word. A keyword used as a hash key or before `=>` is an Ident instead.
	Keyword
	// Number is a numeric literal in any perl form (`1_000`, `0x1f`,
	// `0b101`, `0o17`, `017`, `1e-3`, `.5`, `1.`). Value is the text as
	// written; ParseNumber converts it.
	Number
	// Str is a string with no interpolation: '...' and q(...) with escapes
	// already processed (`\\` and `\<delimiter>`), and <<'EOF' here-doc
	// bodies. Value is the final string.
	Str
	// Interp is a string that interpolates: "..." and qq(...) and <<"EOF" /
	// <<EOF here-doc bodies (<<~ indentation already removed). Value is the
	// raw body between the delimiters; package parser splits it into parts
	// and processes escapes.
	Interp
	// Words is qw(...). Value is the body with single-quote escapes
	// processed; the parser splits it on whitespace.
	Words
	// Command is `...` or qx(...). Value is the raw body.
	Command
	// Pattern is a match, substitution, transliteration or qr: `/re/flags`,
	// `m{re}flags`, `s/a/b/g`, `s{a}{b}g`, `tr/a-z/A-Z/`, `y///`,
	// `qr/re/i`. Value is the whole text as written; QuoteParts splits it.
	Pattern
	// ScalarVar is a scalar variable: `$x`, `${x}` (Value `$x`), `$Foo::x`,
	// `$::x`, `$_`, `$0`, `$1`, `$|`, `$!`, `$@`, `$/`, `$\`, `$,`, `$;`,
	// `$&`, `$^W`, `${^NAME}` (Value `$^NAME`). Value has the sigil.
	ScalarVar
	// ArrayVar is `@name`, `@_`, `@ARGV`, `@Foo::x`. Value has the sigil.
	ArrayVar
	// HashVar is `%name`, `%ENV`, `%+`, when a term is expected. Value has
	// the sigil.
	HashVar
	// ArrayLen is `$#name`. Value is `$#name`.
	ArrayLen
	// FuncVar is `&name` when a term is expected. Value is `&name`.
	FuncVar
	// GlobVar is `*name` when a term is expected. Value is `*name`.
	GlobVar
	// Cast is a sigil that dereferences what follows: `$` in `$$r` and
	// `${ expr }`, `@` in `@$r` and `@{...}`, `%` in `%$r`, `&` in `&$f`,
	// `$#` in `$#$r` and `$#{...}`, `*` in `*{...}`. Value is the sigil.
	Cast
	// Readline is `<FH>`, `<$fh>`, `<STDIN>`, `<>`, `<<>>` where a term is
	// expected. Value is the text between the angle brackets (`FH`, `$fh`,
	// ``, `<>`).
	Readline
	// Op is any operator or punctuation from perlop, longest match first:
	// `( ) [ ] { } ; , => -> ++ -- ** ! ~ \ =~ !~ * / % x + - . << >> < >
	// <= >= lt gt le ge == != <=> eq ne cmp ~~ & | ^ && || // .. ... ? : =
	// += -= *= /= .= %= x= **= &= |= ^= <<= >>= &&= ||= //= not and or xor`
	// and the file tests `-e -f -d ...` where a term is expected. Word
	// operators (`x lt eq and not ...`) are Op only where perl reads them as
	// operators. Value is the operator text.
	Op
	// Data is the text after `__END__` or `__DATA__`; it is the last token
	// before EOF and appears only when the marker does.
	Data
	// Format is a format declaration, `format NAME =` to the line with
	// a lone dot. Value is NAME (empty when omitted), a newline, and the
	// picture and argument lines, each ending in a newline.
	Format
)

// Keywords are the words lexed as Keyword rather than Ident.
var Keywords = map[string]bool{
	"if": true, "elsif": true, "else": true, "unless": true, "while": true,
	"until": true, "for": true, "foreach": true, "my": true, "our": true,
	"local": true, "sub": true, "return": true, "last": true, "next": true,
	"redo": true, "package": true, "use": true, "no": true, "do": true,
	"eval": true, "BEGIN": true, "END": true, "continue": true,
	"__FILE__": true, "__LINE__": true, "__PACKAGE__": true, "state": true,
}

// symbols names every token type for participle grammar tags.
func symbols() map[string]plex.TokenType {
	return map[string]plex.TokenType{
		"EOF": EOF, "Ident": Ident, "Keyword": Keyword, "Number": Number,
		"Str": Str, "Interp": Interp, "Words": Words, "Command": Command,
		"Pattern": Pattern, "ScalarVar": ScalarVar, "ArrayVar": ArrayVar,
		"HashVar": HashVar, "ArrayLen": ArrayLen, "FuncVar": FuncVar,
		"GlobVar": GlobVar, "Cast": Cast, "Readline": Readline, "Op": Op,
		"Data": Data, "Format": Format,
	}
}
