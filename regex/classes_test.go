package regex

import (
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"testing"
)

// TestClassTableCurrent checks classes_table.go is what
// testdata/gen_classes.pl makes from the perl on PATH.
func TestClassTableCurrent(t *testing.T) {
	perl, err := exec.LookPath("perl")
	if err != nil {
		t.Skip("no perl on PATH; the table was generated from perl 5.36")
	}
	out, err := exec.Command(perl, "testdata/gen_classes.pl").Output()
	if err != nil {
		t.Fatal(err)
	}
	want, err := format.Source(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("classes_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("classes_table.go is stale: run perl testdata/gen_classes.pl | gofmt > classes_table.go")
	}
}

// propertyScript answers each property name with the bytes \p{name}
// matches, as 64 hex digits, or perl's error.
const propertyScript = perlPrelude + `
	my ($name) = @f;
	my $re = eval "qr/\\A\\p{$name}\\z/";
	if (!defined $re) { print "E\n"; next; }
	my @w = (0,0,0,0);
	for my $b (0..255) { $w[$b >> 6] |= (1 << ($b & 63)) if chr($b) =~ $re; }
	printf "P %016x%016x%016x%016x\n", @w;
}
`

// TestPerlProperties checks the \p{...} names this package knows against
// perl, byte by byte.
func TestPerlProperties(t *testing.T) {
	names := []string{
		"L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "N", "Nd", "No", "P", "Pc", "Pd", "Ps", "Pe",
		"Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "C", "Cc", "Cf", "Co", "Cn",
		"Letter", "Uppercase_Letter", "lowercase letter", "Punctuation", "Symbol", "Other",
		"L&", "LC", "Cased_Letter", "Latin", "Common", "Greek", "Script=Latin", "sc=Latn",
		"gc=L", "General_Category=Nd", "Category: Lu", "IsL", "IsAlpha", "Is_Latin",
		"Word", "XPosixWord", "PosixWord", "Alnum", "XPosixAlnum", "PosixAlnum",
		"Alpha", "Alphabetic", "XPosixAlpha", "PosixAlpha", "Digit", "XPosixDigit", "PosixDigit",
		"Space", "XPosixSpace", "SpacePerl", "XPerlSpace", "White_Space", "PosixSpace", "PerlSpace",
		"Blank", "XPosixBlank", "HorizSpace", "PosixBlank", "VertSpace",
		"Upper", "Uppercase", "XPosixUpper", "PosixUpper", "Lower", "Lowercase", "XPosixLower", "PosixLower",
		"Punct", "XPosixPunct", "PosixPunct", "Print", "XPosixPrint", "PosixPrint",
		"Graph", "XPosixGraph", "PosixGraph", "Cntrl", "XPosixCntrl", "PosixCntrl",
		"XDigit", "XPosixXDigit", "PosixXDigit", "Hex_Digit", "Hex", "AHex", "ASCII_Hex_Digit",
		"ASCII", "Any", "All", "Assigned", "Cased",
	}
	inputs := make([]string, len(names))
	for i, n := range names {
		inputs[i] = hexFields(n)
	}
	want := perlAnswers(t, propertyScript, "properties.golden", inputs)
	for i, n := range names {
		got := "E"
		if s, ok := propertySet(n); ok {
			got = fmt.Sprintf("P %016x%016x%016x%016x", s[0], s[1], s[2], s[3])
		}
		if got != want[i] {
			t.Errorf(`\p{%s}: got %s, want %s`, n, got, want[i])
		}
	}
}
