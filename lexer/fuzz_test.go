package lexer

import (
	"testing"
	"unicode/utf8"
)

// FuzzTokenize feeds arbitrary bytes to the lexer: it must never panic and
// must always end, and what it returns must be well formed.
func FuzzTokenize(f *testing.F) {
	seeds := []string{
		"", "print <<EOF . \"x\";\nbody\nEOF\n", "f(<<A, <<'B');\na\nA\nb\nB\n",
		"print <<~EOF;\n  a\n  EOF\n", "$h{s} / 2; split /,/, $s; s{a} # c\n {b}g",
		"q{a{b}c} qq<$x> qw(a b) qx'ls' `ls`", "$$r ${x} ${ $r } $#a $#{a} @{$r} %$h &$f *{g}",
		"=pod\n\n=cut\n1;\n__END__\ndata", "1_000 0x1f 0b101 0o17 .5 1. 1..5 1e-3",
		"use constant { A => 1 }; sub f() {1} print STDERR <STDIN>;", "$r->@* $r->$#* $r->@[0]",
		"if ($x) { } %h = (); map { $_ } %h; print {$fh} <<EOF;\nx\nEOF\n",
		"'\\", "s{", "<<\"", "<<~", "${^", "$#{", "\x00", "y///", "tr{a}\n",
		"print <<EOF, \"a\nEOF\n", "f(<<EOF, s/a\nx\nEOF\n/b/);",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		toks, err := Tokenize("f.pl", src)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		if len(toks) == 0 || toks[len(toks)-1].Type != EOF {
			t.Fatalf("tokens do not end with EOF: %v", toks)
		}
		prev := -1
		for i, tk := range toks {
			p := tk.Pos
			if p.Offset < prev || p.Offset > len(src) || p.Line < 1 || p.Column < 1 {
				t.Fatalf("token %d %q has bad position %+v (previous offset %d)", i, tk.Value, p, prev)
			}
			prev = p.Offset
			if tk.Type == Data && i != len(toks)-2 {
				t.Fatalf("Data token %d is not last before EOF", i)
			}
			if tk.Type == Pattern {
				QuoteParts(tk.Value)
			}
			if tk.Type == Number {
				ParseNumber(tk.Value)
			}
		}
		if utf8.Valid(src) && len(src) < 64 {
			QuoteParts(string(src))
			ParseNumber(string(src))
		}
	})
}
