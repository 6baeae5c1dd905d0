package interp

import (
	"testing"

	"github.com/miniperl/miniperl/parser"
)

// TestInplaceNames: sysread may reuse a buffer's bytes only when no other
// use of the variable could keep a copy of them.
func TestInplaceNames(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      bool
	}{
		{"echo loop", `my $buf; while (my $n = sysread($c, $buf, 65536)) { syswrite($c, $buf, $n) }`, true},
		{"send", `my $buf; sysread($c, $buf, 10); send($c, $buf, 0);`, true},
		{"copied", `my $buf; sysread($c, $buf, 10); my $x = $buf;`, false},
		{"pushed", `my $buf; sysread($c, $buf, 10); push @a, $buf;`, false},
		{"interpolated", `my $buf; sysread($c, $buf, 10); print "$buf";`, false},
		{"printed", `my $buf; sysread($c, $buf, 10); print $buf;`, false},
		{"referenced", `my $buf; sysread($c, $buf, 10); my $r = \$buf;`, false},
		{"substr", `my $buf; sysread($c, $buf, 10); my $h = substr($buf, 0, 2);`, false},
		{"closure", `my $buf; sysread($c, $buf, 10); my $f = sub { $buf };`, false},
		{"loop alias", `for my $buf (@list) { sysread($c, $buf, 10) }`, false},
		{"string eval", `my $buf; sysread($c, $buf, 10); eval '1';`, false},
		{"matched", `my $buf; sysread($c, $buf, 10); $buf =~ /x/;`, false},
		{"declared in the call", `while (sysread($c, my $buf, 7)) { $echo .= $buf }`, false},
		{"declared, only read", `while (sysread($c, my $buf, 7)) { syswrite($d, $buf) }`, true},
		{"other sub", `my $buf; sysread($c, $buf, 10); sub f { my $buf = shift; return $buf }`, false},
	} {
		tree, err := parser.Parse("t.pl", []byte(tc.src))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := inplaceNames(tree)["buf"]; got != tc.want {
			t.Errorf("%s: in place = %v, want %v", tc.name, got, tc.want)
		}
	}
}
