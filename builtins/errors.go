package builtins

import "fmt"

// Error is a fatal error raised by a built-in such as pack, unpack or
// sprintf. Msg is worded exactly as perl words the message, without the
// " at FILE line N." suffix, which the interpreter appends when it dies.
type Error struct {
	Msg string
}

// Error returns the message.
func (e *Error) Error() string { return e.Msg }

// errorf builds an *Error; the format follows perl's diagnostic text. A
// byte argument prints as that raw byte, as perl's %c of a template
// character does, rather than as the UTF-8 of a rune.
func errorf(format string, a ...any) error {
	for i, v := range a {
		if b, ok := v.(byte); ok {
			a[i] = rawByte(b)
		}
	}
	return &Error{Msg: fmt.Sprintf(format, a...)}
}

// rawByte formats as the single byte it holds.
type rawByte byte

// Format writes the byte itself whatever the verb.
func (b rawByte) Format(f fmt.State, _ rune) { f.Write([]byte{byte(b)}) }
