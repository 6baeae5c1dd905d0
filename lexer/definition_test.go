package lexer

import (
	"strings"
	"sync"
	"testing"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/google/go-cmp/cmp"
)

// stmts is a toy grammar that checks the Definition plugs into participle:
// symbols resolve, keywords and idents are told apart, EOF ends the input.
type stmts struct {
	Stmts []*stmt `parser:"@@*"`
}

type stmt struct {
	Keywords []string `parser:"@Keyword*"`
	Words    []string `parser:"(@Ident | @ScalarVar | @Number | @Interp | @Str | @Pattern | @Readline)*"`
	End      string   `parser:"@';'"`
}

func TestParticiple(t *testing.T) {
	p := participle.MustBuild[stmts](participle.Lexer(New()))
	src := "my $x;\nprint STDERR \"a\";\nprint <STDIN>;\nreturn if /x/;\n"
	want := &stmts{Stmts: []*stmt{
		{Keywords: []string{"my"}, Words: []string{"$x"}, End: ";"},
		{Words: []string{"print", "STDERR", "a"}, End: ";"},
		{Words: []string{"print", "STDIN"}, End: ";"},
		{Keywords: []string{"return", "if"}, Words: []string{"/x/"}, End: ";"},
	}}
	for name, parse := range map[string]func() (*stmts, error){
		"string": func() (*stmts, error) { return p.ParseString("t.pl", src) },
		"bytes":  func() (*stmts, error) { return p.ParseBytes("t.pl", []byte(src)) },
		"reader": func() (*stmts, error) { return p.Parse("t.pl", strings.NewReader(src)) },
	} {
		got, err := parse()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	// A lexing error comes back through participle with perl's text.
	if _, err := p.ParseString("e.pl", `print "abc`); err == nil || err.Error() != `Can't find string terminator '"' anywhere before EOF at e.pl line 1.` {
		t.Errorf("participle error = %v", err)
	}
}

// TestDefinitionLexers checks the three entry points agree with Tokenize
// and that FromTokens replays and then repeats EOF.
func TestDefinitionLexers(t *testing.T) {
	src := "print <<EOF;\nx\nEOF\n$h{s} / 2;\n"
	want, err := Tokenize("d.pl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d := New()
	lexers := map[string]func() (plex.Lexer, error){
		"Lex":       func() (plex.Lexer, error) { return d.Lex("d.pl", strings.NewReader(src)) },
		"LexString": func() (plex.Lexer, error) { return d.LexString("d.pl", src) },
		"LexBytes":  func() (plex.Lexer, error) { return d.LexBytes("d.pl", []byte(src)) },
		"zero":      func() (plex.Lexer, error) { return (&Definition{}).LexString("d.pl", src) },
	}
	for name, mk := range lexers {
		l, err := mk()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := plex.ConsumeAll(l)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
		if tk, _ := l.Next(); tk.Type != EOF {
			t.Errorf("%s: after the end got %v, want EOF", name, tk)
		}
	}
	syms := d.Symbols()
	for _, name := range []string{"EOF", "Ident", "Keyword", "Number", "Str", "Interp", "Words", "Command", "Pattern", "ScalarVar", "ArrayVar", "HashVar", "ArrayLen", "FuncVar", "GlobVar", "Cast", "Readline", "Op", "Data"} {
		if _, ok := syms[name]; !ok {
			t.Errorf("Symbols lacks %s", name)
		}
	}
	if syms["EOF"] != plex.EOF {
		t.Errorf("EOF symbol is %d, want participle's %d", syms["EOF"], plex.EOF)
	}
	if _, err := d.LexString("e.pl", "'x"); err == nil {
		t.Error("LexString: no error for an unterminated string")
	}
}

// TestConcurrent runs many tokenisations at once (meaningful under -race).
func TestConcurrent(t *testing.T) {
	src := []byte(benchScript(50))
	want, err := Tokenize("c.pl", src)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				got, err := Tokenize("c.pl", src)
				if err != nil || len(got) != len(want) {
					t.Errorf("concurrent Tokenize: %d tokens, %v", len(got), err)
					return
				}
			}
		}()
	}
	wg.Wait()
}
