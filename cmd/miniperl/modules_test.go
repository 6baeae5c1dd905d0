package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestUserModules runs a script that loads its own modules with use lib,
// use, require, Exporter and use parent, with the working directory set
// to the script's folder as perl would be run. The expected output is
// main.out, which perl produced; when perl is installed the test also
// checks that perl still prints it.
func TestUserModules(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "modules"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(dir, "main.out"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	status := run(context.Background(), []string{"main.pl"}, strings.NewReader(""), &stdout, &stderr, nil)
	if status != 0 {
		t.Fatalf("exit status %d; stderr:\n%s", status, stderr.String())
	}
	if diff := cmp.Diff(string(want), stdout.String()); diff != "" {
		t.Errorf("miniperl output (-want +got):\n%s", diff)
	}

	// The same modules found through -I instead of use lib.
	stdout.Reset()
	stderr.Reset()
	src := "use Counter; print Counter->new(start => 41)->inc->value, \"\\n\";\n"
	if status := run(context.Background(), []string{"-Ilib", "-e", src}, strings.NewReader(""), &stdout, &stderr, nil); status != 0 || stdout.String() != "42\n" {
		t.Errorf("-Ilib: status %d, stdout %q, stderr %q; want 42", status, stdout.String(), stderr.String())
	}

	perl, err := exec.LookPath("perl")
	if err != nil {
		t.Skip("perl not found; main.out used alone")
	}
	out, err := exec.Command(perl, "main.pl").Output()
	if err != nil {
		t.Fatalf("perl: %v", err)
	}
	if diff := cmp.Diff(string(want), string(out)); diff != "" {
		t.Errorf("main.out no longer matches perl (-main.out +perl):\n%s", diff)
	}
}
