package regex

import (
	"errors"
	"strings"
)

// ErrMatchTimeout is returned when a match runs longer than the time limit
// set with [Options.MatchTimeout]. Test for it with errors.Is.
var ErrMatchTimeout = errors.New("Regex match exceeded time limit")

// Error is a pattern that perl would reject, or that uses a construct this
// package does not implement. Its text is worded like perl's, without the
// " at FILE line N." suffix, e.g.
//
//	Unmatched ( in regex; marked by <-- HERE in m/( <-- HERE a/
type Error struct {
	// Msg is the complaint, e.g. "Unmatched (".
	Msg string
	// Pattern is the pattern as compiled (after any \Q...\E quoting).
	Pattern string
	// Offset is the byte offset in Pattern where perl puts its
	// "<-- HERE" marker, or -1 when the message has none.
	Offset int
	// Unsupported is true when perl accepts the pattern but this
	// package cannot run it (code blocks, recursion, some verbs).
	Unsupported bool
}

// Error formats the message the way perl does.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Msg)
	if e.Offset < 0 || e.Offset > len(e.Pattern) {
		b.WriteString(" in regex m/")
		b.WriteString(e.Pattern)
		b.WriteString("/")
		return b.String()
	}
	b.WriteString(" in regex; marked by <-- HERE in m/")
	b.WriteString(e.Pattern[:e.Offset])
	b.WriteString(" <-- HERE ")
	b.WriteString(e.Pattern[e.Offset:])
	b.WriteString("/")
	return b.String()
}

// FlagError is a modifier perl does not know or does not allow in that
// combination, e.g. `Unknown regexp modifier "/q"`.
type FlagError struct {
	// Msg is perl's complaint, without position suffix.
	Msg string
}

// Error returns Msg.
func (e *FlagError) Error() string { return e.Msg }

// TrError is a transliteration that perl would reject, e.g.
// `Invalid range "z-a" in transliteration operator`.
type TrError struct {
	// Msg is perl's complaint, without position suffix.
	Msg string
}

// Error returns Msg.
func (e *TrError) Error() string { return e.Msg }
