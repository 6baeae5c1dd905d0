package lexer

import (
	"strings"
	"testing"

	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/google/go-cmp/cmp"
)

// typeNames maps token types back to their symbol names for readable diffs.
var typeNames = func() map[plex.TokenType]string {
	m := map[plex.TokenType]string{}
	for name, t := range symbols() {
		m[t] = name
	}
	return m
}()

// brief renders tokens as "Type Value" strings, leaving out the final EOF.
func brief(toks []plex.Token) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Type == EOF {
			continue
		}
		out = append(out, typeNames[t.Type]+" "+t.Value)
	}
	return out
}

type tokenCase struct {
	name string
	src  string
	want []string // "Type Value", EOF left out
}

func runTokenCases(t *testing.T, cases []tokenCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			toks, err := Tokenize("t.pl", []byte(tc.src))
			if err != nil {
				t.Fatalf("Tokenize(%q): %v", tc.src, err)
			}
			if last := toks[len(toks)-1]; last.Type != EOF {
				t.Errorf("last token %v, want EOF", last)
			}
			if diff := cmp.Diff(tc.want, brief(toks)); diff != "" {
				t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", tc.src, diff)
			}
		})
	}
}

// TestSlash covers `/` as division, pattern and defined-or.
func TestSlash(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{"divide twice", `$x / 2 / 3`, []string{"ScalarVar $x", "Op /", "Number 2", "Op /", "Number 3"}},
		{"split pattern", `split /,/, $s`, []string{"Ident split", "Pattern /,/", "Op ,", "ScalarVar $s"}},
		{"print divide no space", `print $x/2`, []string{"Ident print", "ScalarVar $x", "Op /", "Number 2"}},
		{"print divide spaced", `print $x / 2`, []string{"Ident print", "ScalarVar $x", "Op /", "Number 2"}},
		{"print handle pattern", `print $fh /x/`, []string{"Ident print", "ScalarVar $fh", "Pattern /x/"}},
		{"hash key s", `$h{s} / 2`, []string{"ScalarVar $h", "Op {", "Ident s", "Op }", "Op /", "Number 2"}},
		{"slash in string", `join("/", @a)`, []string{"Ident join", "Op (", "Interp /", "Op ,", "ArrayVar @a", "Op )"}},
		{"element", `$a[1] / 2`, []string{"ScalarVar $a", "Op [", "Number 1", "Op ]", "Op /", "Number 2"}},
		{"paren", `) / 2`, []string{"Op )", "Op /", "Number 2"}},
		{"stray brace", `} / 2`, []string{"Op }", "Op /", "Number 2"}},
		{"time takes no args", `time / 2`, []string{"Ident time", "Op /", "Number 2"}},
		{"user sub ends a term", `foo / 2`, []string{"Ident foo", "Op /", "Number 2"}},
		{"declared sub is a list op", "sub foo {}\nfoo /x/", []string{"Keyword sub", "Ident foo", "Op {", "Op }", "Ident foo", "Pattern /x/"}},
		{"constant sub", "sub PI() {3}\nPI / 2", []string{"Keyword sub", "Ident PI", "Op (", "Op )", "Op {", "Number 3", "Op }", "Ident PI", "Op /", "Number 2"}},
		{"use constant", "use constant N => 2; N / 2", []string{"Keyword use", "Ident constant", "Ident N", "Op =>", "Number 2", "Op ;", "Ident N", "Op /", "Number 2"}},
		{"use constant hash", "use constant { A => 1, B => 2 }; B / 2", []string{"Keyword use", "Ident constant", "Op {", "Ident A", "Op =>", "Number 1", "Op ,", "Ident B", "Op =>", "Number 2", "Op }", "Op ;", "Ident B", "Op /", "Number 2"}},
		{"method", `$o->size / 2`, []string{"ScalarVar $o", "Op ->", "Ident size", "Op /", "Number 2"}},
		{"after if", `print if /x/i`, []string{"Ident print", "Keyword if", "Pattern /x/i"}},
		{"after binding", `$s =~ /a\/b/`, []string{"ScalarVar $s", "Op =~", "Pattern /a\\/b/"}},
		{"empty pattern", `split //, $s`, []string{"Ident split", "Pattern //", "Op ,", "ScalarVar $s"}},
		{"defined-or", `$x // 5`, []string{"ScalarVar $x", "Op //", "Number 5"}},
		{"defined-or assign", `$x //= 5`, []string{"ScalarVar $x", "Op //=", "Number 5"}},
		{"divide assign", `$x /= 5`, []string{"ScalarVar $x", "Op /=", "Number 5"}},
		{"shift defined-or", `my $x = shift // 'd'`, []string{"Keyword my", "ScalarVar $x", "Op =", "Ident shift", "Op //", "Str d"}},
		{"after return", `return /x/`, []string{"Keyword return", "Pattern /x/"}},
		{"after and", `$x and /y/`, []string{"ScalarVar $x", "Op and", "Pattern /y/"}},
		{"after number", `10/2`, []string{"Number 10", "Op /", "Number 2"}},
		{"after string", `"a"/2`, []string{"Interp a", "Op /", "Number 2"}},
		{"after block", "if ($x) { }\n/x/ and print", []string{"Keyword if", "Op (", "ScalarVar $x", "Op )", "Op {", "Op }", "Pattern /x/", "Op and", "Ident print"}},
		{"after anon hash", `my $n = {a=>1}/2`, []string{"Keyword my", "ScalarVar $n", "Op =", "Op {", "Ident a", "Op =>", "Number 1", "Op }", "Op /", "Number 2"}},
		{"after deref", `${$r}{a} / 2`, []string{"Cast $", "Op {", "ScalarVar $r", "Op }", "Op {", "Ident a", "Op }", "Op /", "Number 2"}},
		{"after do block", `do { 1 } / 2`, []string{"Keyword do", "Op {", "Number 1", "Op }", "Op /", "Number 2"}},
		{"after postfix increment", `$i++ / 2`, []string{"ScalarVar $i", "Op ++", "Op /", "Number 2"}},
		{"after prefix increment", `++/x/`, []string{"Op ++", "Pattern /x/"}},
		{"after __LINE__", `__LINE__ / 2`, []string{"Keyword __LINE__", "Op /", "Number 2"}},
	})
}

// TestAngle covers `<` as readline, here-doc, shift and comparison.
func TestAngle(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{"readline", `my $l = <STDIN>;`, []string{"Keyword my", "ScalarVar $l", "Op =", "Readline STDIN", "Op ;"}},
		{"readline var", `while (<$fh>) {}`, []string{"Keyword while", "Op (", "Readline $fh", "Op )", "Op {", "Op }"}},
		{"readline argv", `print <>`, []string{"Ident print", "Readline "}},
		{"readline double", `print <<>>`, []string{"Ident print", "Readline <>"}},
		{"readline package", `<Foo::FH>`, []string{"Readline Foo::FH"}},
		{"less", `$a < $b`, []string{"ScalarVar $a", "Op <", "ScalarVar $b"}},
		{"less tight", `$x<$y`, []string{"ScalarVar $x", "Op <", "ScalarVar $y"}},
		{"less than filehandle-like", `$x <STDIN>`, []string{"ScalarVar $x", "Op <", "Ident STDIN", "Op >"}},
		{"compare ops", `$a <= $b <=> $c >= $d`, []string{"ScalarVar $a", "Op <=", "ScalarVar $b", "Op <=>", "ScalarVar $c", "Op >=", "ScalarVar $d"}},
		{"shift left", `1 <<2`, []string{"Number 1", "Op <<", "Number 2"}},
		{"shift assign", `$x <<= 2; $x >>= 1`, []string{"ScalarVar $x", "Op <<=", "Number 2", "Op ;", "ScalarVar $x", "Op >>=", "Number 1"}},
		{"here-doc after print", "print <<EOF;\nhi\nEOF\n", []string{"Ident print", "Interp hi\n", "Op ;"}},
		{"shift after paren", `(1) << 2`, []string{"Op (", "Number 1", "Op )", "Op <<", "Number 2"}},
		{"bare << with space", `print << 2`, []string{"Ident print", "Op <<", "Number 2"}},
		{"imported sub heredoc", "_sprintf562 <<'CODE', $x;\nbody\nCODE\n", []string{"Ident _sprintf562", "Str body\n", "Op ,", "ScalarVar $x", "Op ;"}},
		{"constant shift", "FOO << 2; FOO <<2", []string{"Ident FOO", "Op <<", "Number 2", "Op ;", "Ident FOO", "Op <<", "Number 2"}},
	})
}

// TestSigils covers `%`, `&`, `*` as sigils or operators, and file tests.
func TestSigils(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{"hash assign", `%h = ()`, []string{"HashVar %h", "Op =", "Op (", "Op )"}},
		{"modulus", `$x % 2`, []string{"ScalarVar $x", "Op %", "Number 2"}},
		{"modulus tight", `$x%$y`, []string{"ScalarVar $x", "Op %", "ScalarVar $y"}},
		{"modulus assign", `$x %= 2`, []string{"ScalarVar $x", "Op %=", "Number 2"}},
		{"hash after my", `my %h;`, []string{"Keyword my", "HashVar %h", "Op ;"}},
		{"special hashes", `(%ENV, %+, %-, %^H, %::)`, []string{"Op (", "HashVar %ENV", "Op ,", "HashVar %+", "Op ,", "HashVar %-", "Op ,", "HashVar %^H", "Op ,", "HashVar %::", "Op )"}},
		{"hash deref", `keys %$r`, []string{"Ident keys", "Cast %", "ScalarVar $r"}},
		{"hash deref block", `%{$r}`, []string{"Cast %", "Op {", "ScalarVar $r", "Op }"}},
		{"hash after map block", `map { $_ } %h`, []string{"Ident map", "Op {", "ScalarVar $_", "Op }", "HashVar %h"}},
		{"hash after if block", "if ($x) { }\n%h = ();", []string{"Keyword if", "Op (", "ScalarVar $x", "Op )", "Op {", "Op }", "HashVar %h", "Op =", "Op (", "Op )", "Op ;"}},
		{"hash after sub", "sub f { }\n%h = ();", []string{"Keyword sub", "Ident f", "Op {", "Op }", "HashVar %h", "Op =", "Op (", "Op )", "Op ;"}},
		{"func call", `&foo(1)`, []string{"FuncVar &foo", "Op (", "Number 1", "Op )"}},
		{"func qualified", `&Foo::bar;`, []string{"FuncVar &Foo::bar", "Op ;"}},
		{"func deref", `&$f(1); &{$f}()`, []string{"Cast &", "ScalarVar $f", "Op (", "Number 1", "Op )", "Op ;", "Cast &", "Op {", "ScalarVar $f", "Op }", "Op (", "Op )"}},
		{"bit and", `$x & 1`, []string{"ScalarVar $x", "Op &", "Number 1"}},
		{"and and", `$x && &f`, []string{"ScalarVar $x", "Op &&", "FuncVar &f"}},
		{"and and after op", `= && 1`, []string{"Op =", "Op &&", "Number 1"}},
		{"and assign", `$x &&= 1; $y &= 2`, []string{"ScalarVar $x", "Op &&=", "Number 1", "Op ;", "ScalarVar $y", "Op &=", "Number 2"}},
		{"array times", `@a * 2`, []string{"ArrayVar @a", "Op *", "Number 2"}},
		{"power", `$x ** 2 **= 3`, []string{"ScalarVar $x", "Op **", "Number 2", "Op **=", "Number 3"}},
		{"glob", `*STDOUT = *foo{IO}`, []string{"GlobVar *STDOUT", "Op =", "GlobVar *foo", "Op {", "Ident IO", "Op }"}},
		{"glob deref", `*{"main::x"} = \&f`, []string{"Cast *", "Op {", "Interp main::x", "Op }", "Op =", "Op \\", "FuncVar &f"}},
		{"glob braced name", `*{foo}`, []string{"GlobVar *foo"}},
		{"file test", `print -e $f`, []string{"Ident print", "Op -e", "ScalarVar $f"}},
		{"file tests", `-d "x" && -f '$y' && -s _`, []string{"Op -d", "Interp x", "Op &&", "Op -f", "Str $y", "Op &&", "Op -s", "Ident _"}},
		{"file test paren", `if (-r($f)) {}`, []string{"Keyword if", "Op (", "Op -r", "Op (", "ScalarVar $f", "Op )", "Op )", "Op {", "Op }"}},
		{"minus e", `$x - e`, []string{"ScalarVar $x", "Op -", "Ident e"}},
		{"minus bareword", `-foo`, []string{"Op -", "Ident foo"}},
		{"minus letter before fat comma", `(-s => 1)`, []string{"Op (", "Op -", "Ident s", "Op =>", "Number 1", "Op )"}},
		{"minus letter key", `$h{-e}`, []string{"ScalarVar $h", "Op {", "Op -", "Ident e", "Op }"}},
		{"minus minus", `--$x; $x--`, []string{"Op --", "ScalarVar $x", "Op ;", "ScalarVar $x", "Op --"}},
		{"punctuation globs", `*, = *"; *\ = *;`, []string{"GlobVar *,", "Op =", `GlobVar *"`, "Op ;", "GlobVar *\\", "Op =", "GlobVar *;"}},
		{"errno hash", `keys %!`, []string{"Ident keys", "HashVar %!"}},
	})
}

// TestWords covers keywords, word operators, `x` and forced barewords.
func TestWords(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{"repeat", `$x x 3`, []string{"ScalarVar $x", "Op x", "Number 3"}},
		{"repeat tight", `"a" x3`, []string{"Interp a", "Op x", "Number 3"}},
		{"repeat list", `(1) x $n`, []string{"Op (", "Number 1", "Op )", "Op x", "ScalarVar $n"}},
		{"repeat assign", `$s x= 2`, []string{"ScalarVar $s", "Op x=", "Number 2"}},
		{"x key", `x => 1`, []string{"Ident x", "Op =>", "Number 1"}},
		{"x sub", `x(1)`, []string{"Ident x", "Op (", "Number 1", "Op )"}},
		{"x after term before fat comma", `($a, x => 1)`, []string{"Op (", "ScalarVar $a", "Op ,", "Ident x", "Op =>", "Number 1", "Op )"}},
		{"word ops", `$a lt $b or not $c and $d eq $e xor $f ne $g`, []string{"ScalarVar $a", "Op lt", "ScalarVar $b", "Op or", "Op not", "ScalarVar $c", "Op and", "ScalarVar $d", "Op eq", "ScalarVar $e", "Op xor", "ScalarVar $f", "Op ne", "ScalarVar $g"}},
		{"cmp ge le gt", `$a cmp $b ge $c le $d gt $e`, []string{"ScalarVar $a", "Op cmp", "ScalarVar $b", "Op ge", "ScalarVar $c", "Op le", "ScalarVar $d", "Op gt", "ScalarVar $e"}},
		{"word op as key", `$h{eq} = {and => 1}`, []string{"ScalarVar $h", "Op {", "Ident eq", "Op }", "Op =", "Op {", "Ident and", "Op =>", "Number 1", "Op }"}},
		{"word op as method", `$o->or`, []string{"ScalarVar $o", "Op ->", "Ident or"}},
		{"keywords", `my $x; our @y; local $_; return unless $x;`, []string{"Keyword my", "ScalarVar $x", "Op ;", "Keyword our", "ArrayVar @y", "Op ;", "Keyword local", "ScalarVar $_", "Op ;", "Keyword return", "Keyword unless", "ScalarVar $x", "Op ;"}},
		{"keyword as key", `$h{if}{while}`, []string{"ScalarVar $h", "Op {", "Ident if", "Op }", "Op {", "Ident while", "Op }"}},
		{"keyword key spaced", `$h{ for }`, []string{"ScalarVar $h", "Op {", "Ident for", "Op }"}},
		{"keyword before fat comma", "(if => 1, sub\n => 2)", []string{"Op (", "Ident if", "Op =>", "Number 1", "Op ,", "Ident sub", "Op =>", "Number 2", "Op )"}},
		{"keyword before fat comma after comment", "(my # c\n => 1)", []string{"Op (", "Ident my", "Op =>", "Number 1", "Op )"}},
		{"keyword in block stays", `sub f { return }`, []string{"Keyword sub", "Ident f", "Op {", "Keyword return", "Op }"}},
		{"keyword method", `$o->print; Foo->new`, []string{"ScalarVar $o", "Op ->", "Ident print", "Op ;", "Ident Foo", "Op ->", "Ident new"}},
		{"package name", `Foo::Bar->new(1)`, []string{"Ident Foo::Bar", "Op ->", "Ident new", "Op (", "Number 1", "Op )"}},
		{"leading colons", `::foo()`, []string{"Ident ::foo", "Op (", "Op )"}},
		{"trailing colons", `Foo::->new`, []string{"Ident Foo::", "Op ->", "Ident new"}},
		{"label", `OUTER: while (1) { next OUTER }`, []string{"Ident OUTER", "Op :", "Keyword while", "Op (", "Number 1", "Op )", "Op {", "Keyword next", "Ident OUTER", "Op }"}},
		{"term keywords", `__FILE__ . __PACKAGE__`, []string{"Keyword __FILE__", "Op .", "Keyword __PACKAGE__"}},
		{"package and use", `package Foo; use strict; no warnings 'x'; use if 1, 'X';`, []string{"Keyword package", "Ident Foo", "Op ;", "Keyword use", "Ident strict", "Op ;", "Keyword no", "Ident warnings", "Str x", "Op ;", "Keyword use", "Ident if", "Number 1", "Op ,", "Str X", "Op ;"}},
		{"v-string", `use v5.36.0;`, []string{"Keyword use", "Ident v5.36.0", "Op ;"}},
		{"version number", `use 5.010_001;`, []string{"Keyword use", "Number 5.010_001", "Op ;"}},
		{"core prefix", `CORE::say "x"`, []string{"Ident CORE::say", "Interp x"}},
		{"filehandle", `print SOCK "x"`, []string{"Ident print", "Ident SOCK", "Interp x"}},
		{"filehandle then heredoc", "print STDERR <<EOF;\nx\nEOF\n", []string{"Ident print", "Ident STDERR", "Interp x\n", "Op ;"}},
		{"handle var then heredoc", "print $fh <<\"EOF\";\ny\nEOF\n", []string{"Ident print", "ScalarVar $fh", "Interp y\n", "Op ;"}},
		{"sort sub name", `sort by_num @a`, []string{"Ident sort", "Ident by_num", "ArrayVar @a"}},
		{"print block handle", `print {$out} %h`, []string{"Ident print", "Op {", "ScalarVar $out", "Op }", "HashVar %h"}},
		{"bless anon hash", `bless {}, $c`, []string{"Ident bless", "Op {", "Op }", "Op ,", "ScalarVar $c"}},
		{"perl functions", `goto &f; tie %h, 'X'; untie *FH; wait / 2`, []string{"Ident goto", "FuncVar &f", "Op ;", "Ident tie", "HashVar %h", "Op ,", "Str X", "Op ;", "Ident untie", "GlobVar *FH", "Op ;", "Ident wait", "Op /", "Number 2"}},
	})
}

// TestQuoteWords covers q, s, y, m... as quote operators or barewords.
func TestQuoteWords(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{"hash key s", `$h{s}`, []string{"ScalarVar $h", "Op {", "Ident s", "Op }"}},
		{"hash keys q y m", `$h{q} + $h{y} + $h{ m } + $h{tr}`, []string{"ScalarVar $h", "Op {", "Ident q", "Op }", "Op +", "ScalarVar $h", "Op {", "Ident y", "Op }", "Op +", "ScalarVar $h", "Op {", "Ident m", "Op }", "Op +", "ScalarVar $h", "Op {", "Ident tr", "Op }"}},
		{"brace y", `{y}`, []string{"Op {", "Ident y", "Op }"}},
		{"fat comma s", `(s => 1, y=>2, q =>3, qq=>4)`, []string{"Op (", "Ident s", "Op =>", "Number 1", "Op ,", "Ident y", "Op =>", "Number 2", "Op ,", "Ident q", "Op =>", "Number 3", "Op ,", "Ident qq", "Op =>", "Number 4", "Op )"}},
		{"method s", `$o->s(1)->y`, []string{"ScalarVar $o", "Op ->", "Ident s", "Op (", "Number 1", "Op )", "Op ->", "Ident y"}},
		{"sub named s", `sub s { } &s; *y`, []string{"Keyword sub", "Ident s", "Op {", "Op }", "FuncVar &s", "Op ;", "GlobVar *y"}},
		{"vars named like quotes", `$s + @q + $#y + %m`, []string{"ScalarVar $s", "Op +", "ArrayVar @q", "Op +", "ArrayLen $#y", "Op +", "HashVar %m"}},
		{"q before paren", `(s) + (y )`, []string{"Op (", "Ident s", "Op )", "Op +", "Op (", "Ident y", "Op )"}},
		{"semicolon delimiter", `m;a;;`, []string{"Pattern m;a;", "Op ;"}},
		{"comma delimiter", `s,/,::,g`, []string{"Pattern s,/,::,g"}},
		{"equals delimiter", `tr=a=b=`, []string{"Pattern tr=a=b="}},
	})
}

// TestQuotes covers strings and quote-like operators.
func TestQuotes(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{"single", `'it\'s \\ \n'`, []string{`Str it's \ \n`}},
		{"double raw", `"a\"b $x\n"`, []string{`Interp a\"b $x\n`}},
		{"backticks", "`ls -l $d`", []string{"Command ls -l $d"}},
		{"q nested", `q{a{b}c}`, []string{"Str a{b}c"}},
		{"q escaped brackets", `q{a\{b\}c\\d\e}`, []string{`Str a{b}c\d\e`}},
		{"q paren space", `q (x)`, []string{"Str x"}},
		{"q bang", `q!a\!b!`, []string{"Str a!b"}},
		{"q hash delimiter", `q#a#`, []string{"Str a"}},
		{"q comment then delimiter", "q #c\n(x)", []string{"Str x"}},
		{"q word delimiter", `q XaX`, []string{"Str a"}},
		{"qq angle", `qq<a <b> $c>`, []string{"Interp a <b> $c"}},
		{"qq nested", `qq{a{$h{x}}b}`, []string{"Interp a{$h{x}}b"}},
		{"qq quote delimiter interpolates", `qq'$x'`, []string{"Interp $x"}},
		{"qw", `qw(a b\) c)`, []string{"Words a b) c"}},
		{"qw quote", `qw'a\'b c'`, []string{"Words a'b c"}},
		{"qw slash space", `qw /a b/`, []string{"Words a b"}},
		{"qx", `qx{echo $x}`, []string{"Command echo $x"}},
		{"qx single quotes protected", `qx'echo $x @y \n'`, []string{`Command echo \$x \@y \\n`}},
		{"multiline string", "\"a\nb\"", []string{"Interp a\nb"}},
		{"match", `m{a{1,2}}x`, []string{"Pattern m{a{1,2}}x"}},
		{"match hash", `m#x#i`, []string{"Pattern m#x#i"}},
		{"match bang", `$s =~ m!/!`, []string{"ScalarVar $s", "Op =~", "Pattern m!/!"}},
		{"qr", `qr/\d+/i`, []string{`Pattern qr/\d+/i`}},
		{"subst", `s/a/b/gr`, []string{"Pattern s/a/b/gr"}},
		{"subst braces", `s{a}{b}e`, []string{"Pattern s{a}{b}e"}},
		{"subst braces spaced", "s {a} # c\n  {b}g", []string{"Pattern s {a} # c\n  {b}g"}},
		{"subst mixed", `s{a}/b/`, []string{"Pattern s{a}/b/"}},
		{"subst escapes", `s/\//\\/g`, []string{`Pattern s/\//\\/g`}},
		{"tr", `tr/a-z/A-Z/`, []string{"Pattern tr/a-z/A-Z/"}},
		{"y", `y/a//d`, []string{"Pattern y/a//d"}},
		{"tr brackets", `tr[a-z] [A-Z]`, []string{"Pattern tr[a-z] [A-Z]"}},
		{"flags stop at non-flag", `/x/gz`, []string{"Pattern /x/g", "Ident z"}},
		{"pattern then op", `/a/ && $x`, []string{"Pattern /a/", "Op &&", "ScalarVar $x"}},
		{"string ends term", `'a' % 2`, []string{"Str a", "Op %", "Number 2"}},
	})
}

// TestVariables covers every variable form.
func TestVariables(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{"simple", `$x $Foo::Bar::x $::x $x::`, []string{"ScalarVar $x", "ScalarVar $Foo::Bar::x", "ScalarVar $::x", "ScalarVar $x::"}},
		{"braced", `${x} ${ y } ${Foo::z}`, []string{"ScalarVar $x", "ScalarVar $y", "ScalarVar $Foo::z"}},
		{"braced expr", `${ $r }`, []string{"Cast $", "Op {", "ScalarVar $r", "Op }"}},
		{"braced ref expr", `${\ $x}`, []string{"Cast $", "Op {", "Op \\", "ScalarVar $x", "Op }"}},
		{"deref", `$$r`, []string{"Cast $", "ScalarVar $r"}},
		{"double deref", `$$$r`, []string{"Cast $", "Cast $", "ScalarVar $r"}},
		{"deref element", `$$r[0]`, []string{"Cast $", "ScalarVar $r", "Op [", "Number 0", "Op ]"}},
		{"deref brace", `$${r}`, []string{"Cast $", "ScalarVar $r"}},
		{"pid", `$$;`, []string{"ScalarVar $$", "Op ;"}},
		{"pid in expr", `($$, $$ + 1)`, []string{"Op (", "ScalarVar $$", "Op ,", "ScalarVar $$", "Op +", "Number 1", "Op )"}},
		{"punctuation", "$_ $0 $1 $10 $| $! $@ $/ $\\ $, $; $. $& $` $' $+ $< $> $( $) $[ $] $? $~ $= $- $% $\"",
			[]string{"ScalarVar $_", "ScalarVar $0", "ScalarVar $1", "ScalarVar $10", "ScalarVar $|", "ScalarVar $!", "ScalarVar $@", "ScalarVar $/", "ScalarVar $\\", "ScalarVar $,", "ScalarVar $;", "ScalarVar $.", "ScalarVar $&", "ScalarVar $`", "ScalarVar $'", "ScalarVar $+", "ScalarVar $<", "ScalarVar $>", "ScalarVar $(", "ScalarVar $)", "ScalarVar $[", "ScalarVar $]", "ScalarVar $?", "ScalarVar $~", "ScalarVar $=", "ScalarVar $-", "ScalarVar $%", "ScalarVar $\""}},
		{"colon var", `$: = 1`, []string{"ScalarVar $:", "Op =", "Number 1"}},
		{"caret", `$^W $^O $^ ${^GLOBAL_PHASE}`, []string{"ScalarVar $^W", "ScalarVar $^O", "ScalarVar $^", "ScalarVar $^GLOBAL_PHASE"}},
		{"punct var then op", `$/ = undef; $| = 1;`, []string{"ScalarVar $/", "Op =", "Ident undef", "Op ;", "ScalarVar $|", "Op =", "Number 1", "Op ;"}},
		{"array len", `$#a $#{a} $#{$r} $#$r $#_`, []string{"ArrayLen $#a", "ArrayLen $#a", "Cast $#", "Op {", "ScalarVar $r", "Op }", "Cast $#", "ScalarVar $r", "ArrayLen $#_"}},
		{"arrays", `@x @_ @ARGV @Foo::x @::y @- @+`, []string{"ArrayVar @x", "ArrayVar @_", "ArrayVar @ARGV", "ArrayVar @Foo::x", "ArrayVar @::y", "ArrayVar @-", "ArrayVar @+"}},
		{"array derefs", `@$r @{$r} @{ [1] } @{x}`, []string{"Cast @", "ScalarVar $r", "Cast @", "Op {", "ScalarVar $r", "Op }", "Cast @", "Op {", "Op [", "Number 1", "Op ]", "Op }", "ArrayVar @x"}},
		{"hash element", `$h{key}`, []string{"ScalarVar $h", "Op {", "Ident key", "Op }"}},
		{"hash element expr", `$h{$k}{"a b"}`, []string{"ScalarVar $h", "Op {", "ScalarVar $k", "Op }", "Op {", "Interp a b", "Op }"}},
		{"array element", `$a[0]`, []string{"ScalarVar $a", "Op [", "Number 0", "Op ]"}},
		{"hash slice", `@h{qw(a b)}`, []string{"ArrayVar @h", "Op {", "Words a b", "Op }"}},
		{"kv slice", `%h{'a'}`, []string{"HashVar %h", "Op {", "Str a", "Op }"}},
		{"arrow subscripts", `$r->[0]{k}->(1)`, []string{"ScalarVar $r", "Op ->", "Op [", "Number 0", "Op ]", "Op {", "Ident k", "Op }", "Op ->", "Op (", "Number 1", "Op )"}},
		{"postfix deref", `$r->@* $r->%* $r->$* $r->$#* $r->&* $r->**`, []string{"ScalarVar $r", "Op ->", "Cast @", "Op *", "ScalarVar $r", "Op ->", "Cast %", "Op *", "ScalarVar $r", "Op ->", "Cast $", "Op *", "ScalarVar $r", "Op ->", "Cast $#", "Op *", "ScalarVar $r", "Op ->", "Cast &", "Op *", "ScalarVar $r", "Op ->", "Cast *", "Op *"}},
		{"postfix deref then op", `$r->@* / 2`, []string{"ScalarVar $r", "Op ->", "Cast @", "Op *", "Op /", "Number 2"}},
		{"postfix slice", `$r->@[0,1] $r->%{a}`, []string{"ScalarVar $r", "Op ->", "Cast @", "Op [", "Number 0", "Op ,", "Number 1", "Op ]", "ScalarVar $r", "Op ->", "Cast %", "Op {", "Ident a", "Op }"}},
		{"dynamic method", `$o->$m()`, []string{"ScalarVar $o", "Op ->", "ScalarVar $m", "Op (", "Op )"}},
		{"email-like at", `'a@b'`, []string{"Str a@b"}},
	})
}

// TestNumbers covers numeric literal forms.
func TestNumbers(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{"forms", `1_000 0x1f 0X1F 0b101 0B11 0o17 017 1e-3 1E3 1.5 .5 1. 0 0.5 1_2.3_4e1_0 1e+5`, []string{"Number 1_000", "Number 0x1f", "Number 0X1F", "Number 0b101", "Number 0B11", "Number 0o17", "Number 017", "Number 1e-3", "Number 1E3", "Number 1.5", "Op .", "Number 5", "Number 1.", "Number 0", "Number 0.5", "Number 1_2.3_4e1_0", "Number 1e+5"}},
		{"leading dot", `(.5, -.5)`, []string{"Op (", "Number .5", "Op ,", "Op -", "Number .5", "Op )"}},
		{"range", `1..5`, []string{"Number 1", "Op ..", "Number 5"}},
		{"range three", `1...5`, []string{"Number 1", "Op ...", "Number 5"}},
		{"concat after var", `$x .5`, []string{"ScalarVar $x", "Op .", "Number 5"}},
		{"dangling exponent", `1e`, []string{"Number 1", "Ident e"}},
		{"hex then word", `0x1g`, []string{"Number 0x1", "Ident g"}},
		{"dot exponent", `1.e3`, []string{"Number 1.e3"}},
	})
}

// TestSkipped covers comments, POD, __END__ and logical end bytes.
func TestSkipped(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{"comment", "1 # c $x /\n2", []string{"Number 1", "Number 2"}},
		{"shebang", "#!/usr/bin/perl -w\nprint", []string{"Ident print"}},
		{"pod at start", "=head1 NAME\n\nx\n\n=cut\nprint 1;", []string{"Ident print", "Number 1", "Op ;"}},
		{"pod in middle", "1;\n=pod\n\n$x /\n=cut\n2;", []string{"Number 1", "Op ;", "Number 2", "Op ;"}},
		{"pod to eof", "1;\n=begin x\n2;", []string{"Number 1", "Op ;"}},
		{"pod cut must be a word", "1;\n=pod\n=cutting\n2;\n=cut\n3", []string{"Number 1", "Op ;", "Number 3"}},
		{"not pod", "$x\n= 2", []string{"ScalarVar $x", "Op =", "Number 2"}},
		{"end", "print 1;\n__END__\nline1\nline2\n", []string{"Ident print", "Number 1", "Op ;", "Data line1\nline2\n"}},
		{"data", "1;\n__DATA__ junk\nd\n", []string{"Number 1", "Op ;", "Data d\n"}},
		{"end at eof", "1;\n__END__", []string{"Number 1", "Op ;", "Data "}},
		{"end as key", `$h{__END__} = 1`, []string{"ScalarVar $h", "Op {", "Ident __END__", "Op }", "Op =", "Number 1"}},
		{"nul ends", "1;\x00 $x", []string{"Number 1", "Op ;"}},
		{"ctrl-d ends", "1;\x04 $x", []string{"Number 1", "Op ;"}},
		{"ctrl-z ends", "1;\x1a $x", []string{"Number 1", "Op ;"}},
		{"whitespace kinds", "1\t\r\f\v2", []string{"Number 1", "Number 2"}},
	})
}

// TestOps covers the punctuation operators, longest match first, each
// after a term so that none is read as the start of one.
func TestOps(t *testing.T) {
	ops := strings.Fields(`= => -> ++ -- ** ! ~ \ =~ !~ + - . * / % x == != <=> ~~ & | ^ && || // .. ... ? : += -= *= /= .= %= x= **= &= |= ^= <<= >>= &&= ||= //= < > <= >= << >> , ; lt gt le ge eq ne cmp and or xor`)
	src := "$a " + strings.Join(ops, " $a ") + " $a"
	toks, err := Tokenize("t.pl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tk := range toks {
		if tk.Type == Op {
			got = append(got, tk.Value)
		}
	}
	if diff := cmp.Diff(ops, got); diff != "" {
		t.Errorf("operators in %q (-want +got):\n%s", src, diff)
	}
	runTokenCases(t, []tokenCase{
		{"brackets", `( ) [ ] { }`, []string{"Op (", "Op )", "Op [", "Op ]", "Op {", "Op }"}},
		{"not and unary", `not !$x; \@a; ~$y; -$z; +{}`, []string{"Op not", "Op !", "ScalarVar $x", "Op ;", "Op \\", "ArrayVar @a", "Op ;", "Op ~", "ScalarVar $y", "Op ;", "Op -", "ScalarVar $z", "Op ;", "Op +", "Op {", "Op }"}},
	})
}
