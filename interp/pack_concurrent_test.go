package interp_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/miniperl/miniperl/interp"
)

// TestPackConcurrentRuns runs one compiled program using pack and unpack
// with constant templates in several interpreters at once: the parsed
// templates are shared by the runs and must not be written to (go test
// -race checks), and every run must print the same.
func TestPackConcurrentRuns(t *testing.T) {
	src := `my $c = 0; for my $i (1..2000) { my $f = pack('C n N/a*', $i % 7, $i, "x" x ($i % 9)); my ($a, $b, $d) = unpack('C n N/a*', $f); my @o = unpack('C4', pack('N', $i)); $c += $a + $b + length($d) + $o[3]; } print "$c\n";`
	prog, err := interp.Compile("x.pl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	outs := make([]strings.Builder, 8)
	for k := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			interp.New(prog, interp.Config{Stdout: &outs[k]}).Run(context.Background())
		}()
	}
	wg.Wait()
	for k := range outs {
		if outs[k].String() != outs[0].String() || outs[0].String() == "" {
			t.Fatalf("run %d: %q vs %q", k, outs[k].String(), outs[0].String())
		}
	}
}
