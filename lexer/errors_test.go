package lexer

import (
	"errors"
	"testing"
)

// TestErrors checks perl's wording, file and line for malformed sources.
// Each message was checked against perl 5.36.
func TestErrors(t *testing.T) {
	cases := []struct {
		src  string
		want string
		line int
	}{
		{"my $x = 1;\nprint \"abc\n;\n", `Can't find string terminator '"' anywhere before EOF at x.pl line 2.`, 2},
		{"print 'abc", `Can't find string terminator "'" anywhere before EOF at x.pl line 1.`, 1},
		{"print q{abc\n", `Can't find string terminator "}" anywhere before EOF at x.pl line 1.`, 1},
		{"print qw(a\nb", `Can't find string terminator ")" anywhere before EOF at x.pl line 1.`, 1},
		{"print `ls", "Can't find string terminator \"`\" anywhere before EOF at x.pl line 1.", 1},
		{"print q", `Can't find string terminator "^@" anywhere before EOF at x.pl line 1.`, 1},
		{"\n\nprint <<EOF;\nabc\n", `Can't find string terminator "EOF" anywhere before EOF at x.pl line 3.`, 3},
		{"print <<EOF;", `Can't find string terminator "EOF" anywhere before EOF at x.pl line 1.`, 1},
		{"print <<\"E O\";\nabc\n", `Can't find string terminator "E O" anywhere before EOF at x.pl line 1.`, 1},
		{"print <<~EOF;\nabc\n", `Can't find string terminator "EOF" anywhere before EOF at x.pl line 1.`, 1},
		{"print <<\"EOF;\nx\n", `Unterminated delimiter for here document at x.pl line 1.`, 1},
		{"print <<~EOF;\n  a\n b\n  EOF\n", `Indentation on line 2 of here-doc doesn't match delimiter at x.pl line 1.`, 1},
		{"print <<~EOF;\n  a\n \n  EOF\n", `Indentation on line 2 of here-doc doesn't match delimiter at x.pl line 1.`, 1},
		{"s/abc", `Substitution pattern not terminated at x.pl line 1.`, 1},
		{"s/abc/d", `Substitution replacement not terminated at x.pl line 1.`, 1},
		{"s{abc}{d", `Substitution replacement not terminated at x.pl line 1.`, 1},
		{"s{abc}", `Substitution replacement not terminated at x.pl line 1.`, 1},
		{"tr/abc", `Transliteration pattern not terminated at x.pl line 1.`, 1},
		{"y/a/", `Transliteration replacement not terminated at x.pl line 1.`, 1},
		{"m/abc", `Search pattern not terminated at x.pl line 1.`, 1},
		{"qr{abc", `Search pattern not terminated at x.pl line 1.`, 1},
		{"1;\n/abc\n", `Search pattern not terminated at x.pl line 2.`, 2},
		{"print 09", `Illegal octal digit '9' at x.pl line 1.`, 1},
		{"print 0b12", `Illegal binary digit '2' at x.pl line 1.`, 1},
		{"print 0o8", `Illegal octal digit '8' at x.pl line 1.`, 1},
		{"print 0x;", `No digits found for hexadecimal literal at x.pl line 1.`, 1},
		{"print 0b;", `No digits found for binary literal at x.pl line 1.`, 1},
		{"print ä", `Unrecognized character \xC3; marked by <-- HERE after print <-- HERE near column 7 at x.pl line 1.`, 1},
		{"print 1;\x01 print 2;", `Unrecognized character \x01; marked by <-- HERE after print 1;<-- HERE near column 9 at x.pl line 1.`, 1},
		{"my $abcdefghijk = 1; \x7f", `Unrecognized character \x7F; marked by <-- HERE after hijk = 1; <-- HERE near column 22 at x.pl line 1.`, 1},
	}
	for _, tc := range cases {
		_, err := Tokenize("x.pl", []byte(tc.src))
		if err == nil {
			t.Errorf("Tokenize(%q): no error, want %q", tc.src, tc.want)
			continue
		}
		if err.Error() != tc.want {
			t.Errorf("Tokenize(%q):\n got %q\nwant %q", tc.src, err.Error(), tc.want)
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Tokenize(%q): error is %T, want *Error", tc.src, err)
			continue
		}
		if e.Pos.Line != tc.line || e.Pos.Filename != "x.pl" || e.Position() != e.Pos || e.Message() != e.Msg {
			t.Errorf("Tokenize(%q): Pos %v, want line %d of x.pl", tc.src, e.Pos, tc.line)
		}
	}
}
