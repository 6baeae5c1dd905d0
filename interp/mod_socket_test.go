package interp

import (
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSocketConstantsMatchPerl checks the generated constant table against
// perl's Socket module on this machine.
func TestSocketConstantsMatchPerl(t *testing.T) {
	perl, err := exec.LookPath("perl")
	if err != nil {
		t.Skip("perl not found; the generated table is used as it is")
	}
	var names []string
	for n := range socketConstants {
		names = append(names, n)
	}
	sort.Strings(names)
	script := `use Socket qw(:all); my %exp = map { $_ => 1 } @Socket::EXPORT;
		while (my $n = <STDIN>) { chomp $n; no strict "refs";
			print "$n ", &{"Socket::$n"}(), " ", ($exp{$n} ? 1 : 0), "\n" }`
	cmd := exec.Command(perl, "-e", script)
	cmd.Stdin = strings.NewReader(strings.Join(names, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range names {
		k := socketConstants[n]
		exp := "0"
		if k.exported {
			exp = "1"
		}
		got = append(got, n+" "+strconv.FormatInt(k.val, 10)+" "+exp)
	}
	want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Socket constants differ from perl's (-perl +miniperl):\n%s", diff)
	}
}
