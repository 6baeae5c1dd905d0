package lexer

import (
	"testing"

	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/google/go-cmp/cmp"
)

// TestHeredoc covers here-document forms and their bodies.
func TestHeredoc(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{"bare", "print <<EOF;\na $x\nEOF\n1;", []string{"Ident print", "Interp a $x\n", "Op ;", "Number 1", "Op ;"}},
		{"double quoted", "print <<\"EOF\";\na\nEOF\n", []string{"Ident print", "Interp a\n", "Op ;"}},
		{"single quoted raw", "print <<'EOF';\na\\\\b $x\nEOF\n", []string{"Ident print", "Str a\\\\b $x\n", "Op ;"}},
		{"backslash", "print <<\\EOF;\n$x\nEOF\n", []string{"Ident print", "Str $x\n", "Op ;"}},
		{"backticks", "print <<`EOC`;\nls\nEOC\n", []string{"Ident print", "Command ls\n", "Op ;"}},
		{"space before quote", "print << \"END\";\nz\nEND\n", []string{"Ident print", "Interp z\n", "Op ;"}},
		{"terminator with space", "print <<\"A B\";\nz\nA B\n", []string{"Ident print", "Interp z\n", "Op ;"}},
		{"escaped quote in terminator", "print << \"a\\\"b\";\nz\na\"b\n", []string{"Ident print", "Interp z\n", "Op ;"}},
		{"empty body", "print <<EOF;\nEOF\n", []string{"Ident print", "Interp ", "Op ;"}},
		{"terminator at eof", "print <<EOF;\nx\nEOF", []string{"Ident print", "Interp x\n", "Op ;"}},
		{"terminator must be alone", "print <<EOF;\n EOF\nEOF \nEOF\n", []string{"Ident print", "Interp  EOF\nEOF \n", "Op ;"}},
		{"rest of line continues", "print <<EOF . \"x\";\nbody\nEOF\nprint 2;", []string{"Ident print", "Interp body\n", "Op .", "Interp x", "Op ;", "Ident print", "Number 2", "Op ;"}},
		{"two on one line", "f(<<A, <<'B');\na1\nA\nb1 $x\nB\ng;", []string{"Ident f", "Op (", "Interp a1\n", "Op ,", "Str b1 $x\n", "Op )", "Op ;", "Ident g", "Op ;"}},
		{"indented", "if (1) {\n  print <<~EOF;\n    a\n      b\n\n    c\n    EOF\n}", []string{"Keyword if", "Op (", "Number 1", "Op )", "Op {", "Ident print", "Interp a\n  b\n\nc\n", "Op ;", "Op }"}},
		{"indented quoted", "print <<~ 'EOF';\n\ta $x\n\tEOF\n", []string{"Ident print", "Str a $x\n", "Op ;"}},
		{"indented no indentation", "print <<~EOF;\na\nEOF\n", []string{"Ident print", "Interp a\n", "Op ;"}},
		{"string continues after body", "print <<EOF, \"a\nEOF-body\nEOF\nb\";\n", []string{"Ident print", "Interp EOF-body\n", "Op ,", "Interp a\nb", "Op ;"}},
		{"quote op after body", "f(<<EOF, q(a\nx\nEOF\nb));\n", []string{"Ident f", "Op (", "Interp x\n", "Op ,", "Str a\nb", "Op )", "Op ;"}},
		{"pattern continues after body", "f(<<EOF, s/a\nx\nEOF\n/b/);\n", []string{"Ident f", "Op (", "Interp x\n", "Op ,", "Pattern s/a\n/b/", "Op )", "Op ;"}},
		{"comment after introducer", "print <<EOF; # c\nx\nEOF\n", []string{"Ident print", "Interp x\n", "Op ;"}},
		{"heredoc then pod", "print <<EOF;\nx\nEOF\n=pod\n\n=cut\n1", []string{"Ident print", "Interp x\n", "Op ;", "Number 1"}},
		{"body looks like pod", "print <<EOF;\n=head1 x\nEOF\n", []string{"Ident print", "Interp =head1 x\n", "Op ;"}},
		{"empty terminator", "print <<\"\";\na\n\nb;", []string{"Ident print", "Interp a\n", "Op ;", "Ident b", "Op ;"}},
		{"after assignment", "my $t = <<EOT;\nx\nEOT\n", []string{"Keyword my", "ScalarVar $t", "Op =", "Interp x\n", "Op ;"}},
		{"in list", "(1, <<A)\nx\nA\n", []string{"Op (", "Number 1", "Op ,", "Interp x\n", "Op )"}},
	})
}

// TestPositions checks offsets, lines and columns, also after here-doc
// bodies and across multi-byte characters.
func TestPositions(t *testing.T) {
	src := "my $x = 1;\n  print <<EOF, 'é', $y;\nbody\nEOF\n\t$z\n__END__\nd\n"
	toks, err := Tokenize("p.pl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	type pos struct {
		Value             string
		Offset, Line, Col int
	}
	var got []pos
	for _, tk := range toks {
		if tk.Pos.Filename != "p.pl" {
			t.Errorf("token %q has filename %q", tk.Value, tk.Pos.Filename)
		}
		got = append(got, pos{tk.Value, tk.Pos.Offset, tk.Pos.Line, tk.Pos.Column})
	}
	want := []pos{
		{"my", 0, 1, 1}, {"$x", 3, 1, 4}, {"=", 6, 1, 7}, {"1", 8, 1, 9}, {";", 9, 1, 10},
		{"print", 13, 2, 3}, {"body\n", 19, 2, 9}, {",", 24, 2, 14}, {"é", 26, 2, 16},
		{",", 30, 2, 19}, {"$y", 32, 2, 21}, {";", 34, 2, 23},
		{"$z", 46, 5, 2}, {"d\n", 57, 7, 1}, {"", 59, 8, 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("positions (-want +got):\n%s", diff)
	}
}

// TestDataAndEOF checks the last two tokens and their types.
func TestDataAndEOF(t *testing.T) {
	toks, err := Tokenize("d.pl", []byte("1;\n__END__\nabc"))
	if err != nil {
		t.Fatal(err)
	}
	n := len(toks)
	if toks[n-2].Type != Data || toks[n-2].Value != "abc" || toks[n-1].Type != EOF {
		t.Errorf("got %#v %#v, want Data abc then EOF", toks[n-2], toks[n-1])
	}
	if toks[n-1].Pos.Offset != 14 {
		t.Errorf("EOF at offset %d, want 14", toks[n-1].Pos.Offset)
	}
	var _ plex.Token = toks[0]
}
