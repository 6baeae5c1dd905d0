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

// TestModuleDestroy runs a script whose only DESTROY is in a module it
// loads: the program must still be compiled with reference counting, so
// the guards fire as in perl. main.out is perl's output.
func TestModuleDestroy(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "destroy_module"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(dir, "main.out"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	if status := run(context.Background(), []string{"main.pl"}, strings.NewReader(""), &stdout, &stderr, nil); status != 0 {
		t.Fatalf("exit status %d; stderr:\n%s", status, stderr.String())
	}
	if diff := cmp.Diff(string(want), stdout.String()); diff != "" {
		t.Errorf("miniperl output (-want +got):\n%s", diff)
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
