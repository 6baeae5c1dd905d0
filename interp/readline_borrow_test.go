package interp

import (
	"testing"

	"github.com/miniperl/miniperl/parser"
)

// TestBorrowLineNames: a readline loop may leave its lines as views of
// the handle's buffer only when nothing but print ever reads the variable.
func TestBorrowLineNames(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      bool
	}{
		{"echo loop", `while (my $line = <$c>) { print $c $line }`, true},
		{"default handle", `while (my $line = <STDIN>) { print $line }`, true},
		{"pushed", `while (my $line = <$c>) { push @keep, $line; print $c $line }`, false},
		{"chomped", `while (my $line = <$c>) { chomp $line; print $c $line }`, false},
		{"interpolated", `while (my $line = <$c>) { print $c "> $line" }`, false},
		{"with a list", `while (my $line = <$c>) { print $c $line, "\n" }`, false},
		{"matched", `while (my $line = <$c>) { print $c $line if $line =~ /x/ }`, false},
		{"closure", `while (my $line = <$c>) { my $f = sub { $line }; print $c $line }`, false},
		{"referenced", `while (my $line = <$c>) { my $r = \$line; print $c $line }`, false},
		{"as the handle", `while (my $line = <$c>) { print $line "x" }`, false},
		{"string eval", `while (my $line = <$c>) { print $c $line; eval '1' }`, false},
		{"other sub", `while (my $line = <$c>) { print $c $line } sub f { my $line = shift; $line }`, false},
	} {
		tree, err := parser.Parse("t.pl", []byte(tc.src))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := borrowLineNames(tree)["line"]; got != tc.want {
			t.Errorf("%s: borrowed = %v, want %v", tc.name, got, tc.want)
		}
	}
}
