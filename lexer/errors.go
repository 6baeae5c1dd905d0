package lexer

import (
	"fmt"
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// Error is a lexing error. Its text is perl's own message for the same
// mistake, e.g. `Can't find string terminator '"' anywhere before EOF at
// x.pl line 3.`
type Error struct {
	// Pos is where the offending construct starts.
	Pos plex.Position
	// Msg is perl's message without the trailing " at FILE line N.".
	Msg string
}

// Error returns the full message as perl prints it.
func (e *Error) Error() string {
	return fmt.Sprintf("%s at %s line %d.", e.Msg, e.Pos.Filename, e.Pos.Line)
}

// Message returns Msg; with Position it lets participle treat the error
// like its own.
func (e *Error) Message() string { return e.Msg }

// Position returns Pos.
func (e *Error) Position() plex.Position { return e.Pos }

// errAt builds an Error for the construct starting at byte offset off.
func (s *scanner) errAt(off int, format string, args ...any) error {
	return &Error{Pos: s.position(off), Msg: fmt.Sprintf(format, args...)}
}

// errTerminator is perl's message for a string whose closing delimiter
// never comes. Perl quotes the delimiter with double quotes, except a
// double quote itself, which it puts in single quotes.
func (s *scanner) errTerminator(off int, close string) error {
	if close == `"` {
		return s.errAt(off, `Can't find string terminator '"' anywhere before EOF`)
	}
	return s.errAt(off, `Can't find string terminator "%s" anywhere before EOF`, close)
}

// errUnrecognized is perl's message for a byte that cannot start a token,
// showing up to ten bytes of the line before it.
func (s *scanner) errUnrecognized(off int) error {
	lineStart := strings.LastIndexByte(s.src[:off], '\n') + 1
	from := lineStart
	if off-from > 10 {
		from = off - 10
	}
	return s.errAt(off, `Unrecognized character \x%02X; marked by <-- HERE after %s<-- HERE near column %d`,
		s.src[off], s.src[from:off], off-lineStart+1)
}
