package interp

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// runScript runs src in-process and returns its status, stdout and
// stderr.
func runScript(t *testing.T, ctx context.Context, src string, cfg Config) (int, string, string) {
	t.Helper()
	prog, err := Compile("t.pl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	cfg.Stdout, cfg.Stderr = &out, &errOut
	if cfg.Env == nil {
		cfg.Env = os.Environ()
	}
	status := New(prog, cfg).Run(ctx)
	return status, out.String(), errOut.String()
}

// TestForkDies: fork cannot be had in a Go program; it dies with a message
// that says what to use instead, at the script's file and line, and eval
// catches it.
func TestForkDies(t *testing.T) {
	status, out, errOut := runScript(t, context.Background(), "print \"a\\n\";\nmy $pid = fork();\nprint \"not reached\\n\";\n", Config{})
	want := "fork() is not supported by miniperl: a Go program cannot fork; run commands with system, backticks or a piped open (open my $fh, '-|', @cmd), or start another miniperl process at t.pl line 2.\n"
	if status != 255 || out != "a\n" || errOut != want {
		t.Fatalf("status %d, stdout %q, stderr %q; want 255, \"a\\n\", %q", status, out, errOut, want)
	}
	_, out, _ = runScript(t, context.Background(), `eval { fork }; print $@ =~ /^fork\(\) is not supported by miniperl/ ? "caught\n" : "no: $@\n";
eval { open(my $fh, "-|") }; print $@ =~ /^fork\(\) is not supported/ ? "implicit fork\n" : "no: $@\n";
eval { open(FH, "|-") }; print $@ =~ /^fork\(\) is not supported/ ? "implicit fork 2\n" : "no: $@\n";`, Config{})
	if out != "caught\nimplicit fork\nimplicit fork 2\n" {
		t.Fatalf("got %q", out)
	}
}

// TestPipedOpenDenied: a host that forbids processes forbids piped opens
// too, loudly.
func TestPipedOpenDenied(t *testing.T) {
	for _, src := range []string{`open(my $fh, "-|", "echo", "x")`, `open(FH, "echo x |")`, `open(FH, "| cat")`} {
		status, _, errOut := runScript(t, context.Background(), src+";\nprint \"ran\\n\";\n", Config{DenyProcesses: true})
		if status != 255 || !strings.Contains(errOut, "open is not allowed: the host forbids starting processes at t.pl line 1.") {
			t.Errorf("%s: status %d, stderr %q", src, status, errOut)
		}
	}
	status, out, errOut := runScript(t, context.Background(), "print kill(0, $$), \"\\n\";\nkill 0, getppid();\n", Config{DenyProcesses: true})
	if status != 255 || out != "1\n" || !strings.Contains(errOut, "kill is not allowed: the host forbids signalling other processes at t.pl line 2.") {
		t.Errorf("kill: status %d, stdout %q, stderr %q", status, out, errOut)
	}
}

// TestCancelWhileWaiting: cancelling the run while it waits for a child
// returns at once, and the child does not outlive the run.
func TestCancelWhileWaiting(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	status, out, _ := runScript(t, ctx, `$| = 1; my $pid = open(my $fh, "-|", "sleep", "30") or die; print "$pid\n"; waitpid($pid, 0); print "not reached\n";`, Config{})
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("run took %v after cancellation", d)
	}
	if status != statusCancelled {
		t.Errorf("status %d, want %d", status, statusCancelled)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(out))
	if err != nil {
		t.Fatalf("output %q", out)
	}
	if err := unix.Kill(pid, 0); err != unix.ESRCH {
		t.Errorf("child %d still exists after the run (kill 0: %v)", pid, err)
	}
}

// TestCloseWaitsAtExit: a piped handle left open is closed at the end of
// the run and its child reaped, so its output is complete, as perl's
// global destruction does.
func TestCloseWaitsAtExit(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "out")
	status, _, _ := runScript(t, context.Background(), `open(my $fh, "|-", "cat > `+f+`") or die; print $fh "line\n";`, Config{})
	if status != 0 {
		t.Fatalf("status %d", status)
	}
	b, err := os.ReadFile(f)
	if err != nil || string(b) != "line\n" {
		t.Fatalf("child output %q, %v", b, err)
	}
}

// TestUmaskIsPerRun: umask changes the run's own mask, applied to what it
// creates, and leaves the process's (shared by every run) alone.
func TestUmaskIsPerRun(t *testing.T) {
	before := processUmask()
	dir := t.TempDir()
	src := `umask(027); open(my $fh, ">", "` + dir + `/f") or die; close $fh; mkdir("` + dir + `/d") or die;
printf "%03o %03o %03o\n", umask, (stat "` + dir + `/f")[2] & 0777, (stat "` + dir + `/d")[2] & 0777;`
	_, out, errOut := runScript(t, context.Background(), src, Config{})
	if out != "027 640 750\n" {
		t.Fatalf("got %q (stderr %q)", out, errOut)
	}
	if after := processUmask(); after != before {
		t.Fatalf("process umask changed from %03o to %03o", before, after)
	}
}

// TestKillSelfDefault: a signal the script sends itself with no handler
// ends the run as the signal would end perl, without touching the host.
func TestKillSelfDefault(t *testing.T) {
	status, out, _ := runScript(t, context.Background(), `$| = 1; print "a\n"; kill "HUP", $$; print "b\n";`, Config{})
	if status != 128+int(unix.SIGHUP) || out != "a\n" {
		t.Fatalf("status %d, out %q", status, out)
	}
	status, out, _ = runScript(t, context.Background(), `kill "CHLD", $$; print "ignored by default\n";`, Config{})
	if status != 0 || out != "ignored by default\n" {
		t.Fatalf("status %d, out %q", status, out)
	}
}

// TestExecWarningsMatchPerl: under -w a program that cannot be run warns
// as perl does, for system, backticks and piped opens.
func TestExecWarningsMatchPerl(t *testing.T) {
	perl, err := exec.LookPath("perl")
	if err != nil {
		t.Skip("perl not found")
	}
	src := `system("no_such_prog_mp"); my $x = ` + "`no_such_prog_mp a`" + `; open(my $fh, "-|", "no_such_prog_mp", "b") or print "open: $!\n"; system("no_such_prog_mp", "c"); print "done\n";` + "\n"
	dir := t.TempDir()
	path := filepath.Join(dir, "t.pl")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(perl, "-w", "t.pl")
	cmd.Dir = dir
	var pout, perr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &pout, &perr
	cmd.Run()
	_, out, errOut := runScript(t, context.Background(), src, Config{Warnings: true})
	if out != pout.String() || errOut != perr.String() {
		t.Fatalf("miniperl stdout %q stderr %q\nperl     stdout %q stderr %q", out, errOut, pout.String(), perr.String())
	}
}

// TestCshGlob covers the parts of perl's glob the file-system goldens
// cannot show plainly: brace expansion and word splitting.
func TestCshGlob(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"a{b,c}d", []string{"abd", "acd"}},
		{"{x,y}{1,2}", []string{"x1", "x2", "y1", "y2"}},
		{"a{b,{c,d}}e", []string{"abe", "ace", "ade"}},
		{"{}", []string{"{}"}},
		{"a b  'c d'", []string{"a", "b", "c d"}},
		{`no\ magic`, []string{"no magic"}},
	} {
		var got []string
		for _, w := range globWords(tc.in) {
			for _, p := range expandBraces(w) {
				got = append(got, unquoteGlob(p))
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTempCleanup: File::Temp's UNLINK files and CLEANUP directories are
// removed when the run ends, also when it dies.
func TestTempCleanup(t *testing.T) {
	for _, end := range []string{"", "die 'stop';"} {
		status, out, _ := runScript(t, context.Background(), `use File::Temp qw(tempfile tempdir);
my $d = tempdir(CLEANUP => 1); my (undef, $f) = tempfile(DIR => $d);
my ($fh, $g) = tempfile(UNLINK => 1); print "$d\n$g\n";`+end, Config{})
		paths := strings.Fields(out)
		if len(paths) != 2 {
			t.Fatalf("status %d, output %q", status, out)
		}
		for _, p := range paths {
			if _, err := os.Stat(p); !os.IsNotExist(err) {
				t.Errorf("%s still there after the run (%v)", p, err)
			}
		}
	}
}

// TestRunsKeepTheirOwnChildren: wait and waitpid(-1) in one run never
// reap another run's children, though all are children of one process.
func TestRunsKeepTheirOwnChildren(t *testing.T) {
	const runs = 4
	src := `my $base = shift(@ARGV);
my %want;
for my $i (1 .. 3) {
    my $pid = open(my $fh, '-|', 'sh', '-c', "sleep 0.0$i; exit " . ($base + $i)) or die "open: $!";
    $want{$pid} = $base + $i;
    push @keep, $fh;
}
my @got;
while ((my $pid = wait()) > 0) {
    push @got, ($want{$pid} == ($? >> 8)) ? "ok" : "wrong $pid $?";
}
print join(",", @got), " then ", wait(), "\n";`
	done := make(chan string, runs)
	for r := 0; r < runs; r++ {
		go func(r int) {
			_, out, errOut := runScript(t, context.Background(), src, Config{Args: []string{strconv.Itoa(10 * r)}})
			done <- out + errOut
		}(r)
	}
	for r := 0; r < runs; r++ {
		if got := <-done; got != "ok,ok,ok then -1\n" {
			t.Errorf("a run saw %q", got)
		}
	}
}
