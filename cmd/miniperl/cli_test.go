package main

// The command line: switches, where the program comes from, and exit
// statuses. Every expectation below that perl shares is also checked
// against perl when it is installed, so the table cannot drift from the
// reference.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// anyFailure as a wanted status accepts any non-zero status. perl exits
// from a bad switch with whatever errno happens to be left over (25,
// ENOTTY, when stdin is not a terminal), so only failure is portable.
const anyFailure = -1

// cliCase is one command line with its expected outcome.
type cliCase struct {
	name   string
	args   []string
	stdin  string
	stdout string
	stderr string
	status int
	// miniperlOnly marks output that differs from perl's by design (the
	// version and help texts name miniperl).
	miniperlOnly bool
	// stdoutPrefix compares only the beginning of stdout.
	stdoutPrefix bool
}

var cliCases = []cliCase{
	{
		name:   "e prints",
		args:   []string{"-e", `print "hello\n";`},
		stdout: "hello\n",
	},
	{
		name:   "several e lines",
		args:   []string{"-e", `print "a";`, "-e", `print "b\n";`},
		stdout: "ab\n",
	},
	{
		name:   "e with arguments",
		args:   []string{"-e", `print "@ARGV|$0|", scalar(@ARGV), "\n";`, "x", "y z"},
		stdout: "x y z|-e|2\n",
	},
	{
		name:   "double dash ends switches",
		args:   []string{"-e", `print "@ARGV\n";`, "--", "-x", "y"},
		stdout: "-x y\n",
	},
	{
		name:   "c checks syntax only",
		args:   []string{"-c", "-e", `print "not run\n";`},
		stderr: "-e syntax OK\n",
	},
	{
		name:   "c reports a syntax error",
		args:   []string{"-c", "-e", `print "x" +;`},
		stderr: "syntax error at -e line 1, near \"+;\"\n-e had compilation errors.\n",
		status: 255,
	},
	{
		name:   "syntax error",
		args:   []string{"-e", `print "x" +;`},
		stderr: "syntax error at -e line 1, near \"+;\"\nExecution of -e aborted due to compilation errors.\n",
		status: 255,
	},
	{
		name:   "program from stdin",
		stdin:  "print 1 + 2, \"\\n\";\nprint \"$0\\n\";\n",
		stdout: "3\n-\n",
	},
	{
		name:   "program from stdin named dash",
		args:   []string{"-", "a", "b"},
		stdin:  "print \"@ARGV|$0\\n\";\n",
		stdout: "a b|-\n",
	},
	{
		name:   "die exits 255",
		args:   []string{"-e", `print "out\n"; die "bye\n";`},
		stdout: "out\n",
		stderr: "bye\n",
		status: 255,
	},
	{
		name:   "die adds the line",
		args:   []string{"-e", "print 1;\ndie \"bye\""},
		stdout: "1",
		stderr: "bye at -e line 2.\n",
		status: 255,
	},
	{
		name:   "exit 3",
		args:   []string{"-e", `print "x\n"; exit 3; print "y\n";`},
		stdout: "x\n",
		status: 3,
	},
	{
		name:   "exit 0 from a sub",
		args:   []string{"-e", `sub f { exit 0 } f(); print "no\n";`},
		stdout: "",
	},
	{
		name:   "die with errno set exits with errno",
		args:   []string{"-e", `$! = 2; die "gone: $!\n";`},
		stderr: "gone: No such file or directory\n",
		status: 2,
	},
	{
		name:   "warn goes to stderr",
		args:   []string{"-e", `warn "careful\n"; print "done\n";`},
		stdout: "done\n",
		stderr: "careful\n",
	},
	{
		name:   "missing script file",
		args:   []string{"/nonexistent/miniperl-no-such-script.pl"},
		stderr: "Can't open perl script \"/nonexistent/miniperl-no-such-script.pl\": No such file or directory\n",
		status: 2,
	},
	{
		name:   "M imports a module",
		args:   []string{"-MSocket", "-e", `print AF_INET, "\n";`},
		stdout: "2\n",
	},
	{
		name:   "M with an import list",
		args:   []string{"-MList::Util=sum,max", "-e", `print sum(1..4), " ", max(3, 9), "\n";`},
		stdout: "10 9\n",
	},
	{
		name:   "m imports nothing",
		args:   []string{"-mPOSIX", "-e", `print POSIX::floor(3.7), defined(&floor) ? " imported" : " not imported", "\n";`},
		stdout: "3 not imported\n",
	},
	{
		name:   "M minus turns a pragma off",
		args:   []string{"-Mstrict", "-M-strict", "-e", `$x = 1; print "$x\n";`},
		stdout: "1\n",
	},
	{
		name:   "M keeps line numbers",
		args:   []string{"-Mstrict", "-e", `my $x;`, "-e", `die "here"`},
		stderr: "here at -e line 2.\n",
		status: 255,
	},
	{
		name:   "n loops over the input",
		args:   []string{"-ne", `print if /b/;`},
		stdin:  "a 1\nb 2\nc 3\n",
		stdout: "b 2\n",
	},
	{
		name:   "p prints every line",
		args:   []string{"-pe", `s/\d/X/; next LINE if /a/;`},
		stdin:  "a 1\nb 2\n",
		stdout: "a X\nb X\n",
	},
	{
		name:   "l chomps and adds newlines",
		args:   []string{"-lne", `print length . ":$.";`},
		stdin:  "abc\nde\n",
		stdout: "3:1\n2:2\n",
	},
	{
		name:   "n with END sees the last line number",
		args:   []string{"-ne", `END { print "$.\n" }`},
		stdin:  "x\ny\nz\n",
		stdout: "3\n",
	},
	{
		name:   "unknown switch",
		args:   []string{"-q"},
		stderr: "Unrecognized switch: -q  (-h will show valid options).\n",
		status: anyFailure,
	},
	{
		name:   "e without code",
		args:   []string{"-e"},
		stderr: "No code specified for -e.\n",
		status: anyFailure,
	},
	{
		name:         "v prints the version",
		args:         []string{"-v"},
		stdout:       "\nThis is miniperl",
		stdoutPrefix: true,
		miniperlOnly: true,
	},
	{
		name:         "h prints usage",
		args:         []string{"-h"},
		stdout:       "Usage: miniperl [switches] [--] [programfile] [arguments]\n",
		stdoutPrefix: true,
		miniperlOnly: true,
	},
}

// checkCLI compares one run with a case's expectations.
func checkCLI(t *testing.T, who string, c cliCase, p *proc) {
	t.Helper()
	status := p.wait(t, runTimeout)
	stdout, stderr := p.stdout.String(), p.stderr.String()
	if c.stdoutPrefix {
		if !strings.HasPrefix(stdout, c.stdout) {
			t.Errorf("%s stdout = %q, want it to start with %q", who, stdout, c.stdout)
		}
	} else if diff := cmp.Diff(c.stdout, stdout); diff != "" {
		t.Errorf("%s stdout (-want +got):\n%s", who, diff)
	}
	if diff := cmp.Diff(c.stderr, stderr); diff != "" {
		t.Errorf("%s stderr (-want +got):\n%s", who, diff)
	}
	switch {
	case c.status == anyFailure && status == 0:
		t.Errorf("%s exit status 0, want a failure", who)
	case c.status != anyFailure && status != c.status:
		t.Errorf("%s exit status %d, want %d", who, status, c.status)
	}
}

// TestCLI runs each command line through run in-process and, unless the
// output is miniperl's own, through perl.
func TestCLI(t *testing.T) {
	for _, c := range cliCases {
		t.Run(c.name, func(t *testing.T) {
			t.Run(kindMiniperl, func(t *testing.T) {
				checkCLI(t, kindMiniperl, c, start(t, kindMiniperl, c.args, strings.NewReader(c.stdin)))
			})
			t.Run(kindPerl, func(t *testing.T) {
				if c.miniperlOnly {
					t.Skip("output names miniperl; perl's differs by design")
				}
				needPerl(t)
				checkCLI(t, kindPerl, c, start(t, kindPerl, c.args, strings.NewReader(c.stdin)))
			})
		})
	}
}

// TestCLIScriptFile runs a program file with arguments: $0 is the path as
// given, @ARGV the rest, and exit sets the status.
func TestCLIScriptFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "args.pl")
	src := "print \"$0\\n\";\nprint join(',', @ARGV), \"\\n\";\nmy ($port) = @ARGV;\nprint $port + 1, \"\\n\";\nexit 4;\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	c := cliCase{
		args:   []string{path, "8887", "two words", ""},
		stdout: path + "\n8887,two words,\n8888\n",
		status: 4,
	}
	t.Run(kindMiniperl, func(t *testing.T) {
		checkCLI(t, kindMiniperl, c, start(t, kindMiniperl, c.args, nil))
	})
	t.Run(kindPerl, func(t *testing.T) {
		needPerl(t)
		checkCLI(t, kindPerl, c, start(t, kindPerl, c.args, nil))
	})
}
