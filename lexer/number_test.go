package lexer

import (
	"strconv"
	"testing"
)

// TestParseNumber checks conversions against perl's values.
func TestParseNumber(t *testing.T) {
	cases := []struct {
		text  string
		isInt bool
		i     int64
		f     float64
	}{
		{"0", true, 0, 0},
		{"42", true, 42, 0},
		{"1_000", true, 1000, 0},
		{"0x1f", true, 31, 0},
		{"0X1F", true, 31, 0},
		{"0x_ff_ff", true, 65535, 0},
		{"0b101", true, 5, 0},
		{"0B1_1", true, 3, 0},
		{"0o17", true, 15, 0},
		{"017", true, 15, 0},
		{"0_7", true, 7, 0},
		{"00", true, 0, 0},
		{"9223372036854775807", true, 9223372036854775807, 0},
		{"0x7FFFFFFFFFFFFFFF", true, 9223372036854775807, 0},
		{"9223372036854775808", false, 0, 9223372036854775808},
		{"0xFFFFFFFFFFFFFFFF", false, 0, 18446744073709551615},
		{"0x1_0000_0000_0000_0000", false, 0, 18446744073709551616},
		{"0b" + "1111111111111111111111111111111111111111111111111111111111111111", false, 0, 18446744073709551615},
		{"1e-3", false, 0, 0.001},
		{"1E3", false, 0, 1000},
		{"1.5", false, 0, 1.5},
		{".5", false, 0, 0.5},
		{"1.", false, 0, 1},
		{"1.e3", false, 0, 1000},
		{"0.5", false, 0, 0.5},
		{"0e0", false, 0, 0},
		{"1_2.3_4e1_0", false, 0, 123400000000},
	}
	for _, tc := range cases {
		isInt, i, f := ParseNumber(tc.text)
		if isInt != tc.isInt || i != tc.i || f != tc.f {
			t.Errorf("ParseNumber(%q) = %v, %d, %v; want %v, %d, %v", tc.text, isInt, i, f, tc.isInt, tc.i, tc.f)
		}
	}
	// Perl prints the largest hexadecimal literal as 1.84467440737096e+19.
	if _, _, f := ParseNumber("0xFFFFFFFFFFFFFFFF"); strconv.FormatFloat(f, 'g', 15, 64) != "1.84467440737096e+19" {
		t.Errorf("0xFFFFFFFFFFFFFFFF formats as %s", strconv.FormatFloat(f, 'g', 15, 64))
	}
}

// TestNumberTokensParse checks that every Number token the lexer makes
// converts.
func TestNumberTokensParse(t *testing.T) {
	toks, err := Tokenize("n.pl", []byte("1_000, 0x1f, 0b101, 0o17, 017, 1e-3, .5, 1., 1..5"))
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{1000, 31, 5, 15, 15, 0.001, 0.5, 1, 1, 5}
	var got []float64
	for _, tk := range toks {
		if tk.Type != Number {
			continue
		}
		isInt, i, f := ParseNumber(tk.Value)
		if isInt {
			f = float64(i)
		}
		got = append(got, f)
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("number %d = %v, want %v", k, got[k], want[k])
		}
	}
}
