package interp

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// ioWarningsScript draws perl's -w complaints about printing to and
// reading from handles that are unopened, closed or open the other way.
// Bareword handles are used twice so that perl's "used only once"
// warnings stay out of the comparison.
const ioWarningsScript = `open(F, "<", "/etc/hostname") or die; print F "x" or print "fail [$!]\n";
close F; print F "y" or print "fail2 [$!]\n";
print NEVER "z" or print "fail3 [$!]\n"; close NEVER;
open(my $in, "<", "/etc/hostname") or die; printf $in "x" or print "fail4 [$!]\n";
open(G, ">", "/dev/null") or die; my $l = <G>; print defined $l ? "d\n" : "u [$!]\n"; close G;
close STDIN; $l = <STDIN>;
opendir(D, "/tmp") or die; closedir D; $l = readdir D; print defined $l ? "d\n" : "u\n"; closedir D;
`

// TestIOWarningsMatchPerl compares miniperl -w with perl -w on
// ioWarningsScript, stdout and stderr.
func TestIOWarningsMatchPerl(t *testing.T) {
	perl, err := exec.LookPath("perl")
	if err != nil {
		t.Skip("perl not found")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "t.pl"), []byte(ioWarningsScript), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(perl, "-w", "t.pl")
	cmd.Dir = dir
	var pout, perr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &pout, &perr
	if err := cmd.Run(); err != nil {
		t.Fatalf("perl: %v\n%s", err, perr.String())
	}
	_, out, errOut := runScript(t, context.Background(), ioWarningsScript, Config{Warnings: true})
	if out != pout.String() || errOut != perr.String() {
		t.Fatalf("miniperl stdout:\n%s\nstderr:\n%s\nperl stdout:\n%s\nstderr:\n%s", out, errOut, pout.String(), perr.String())
	}
}
