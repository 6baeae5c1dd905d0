package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/miniperl/miniperl/interp"
)

// version is what -v prints first.
const version = "This is miniperl, an embeddable Perl 5 interpreter written in Go (Perl language subset of v5.36.0)."

const usage = `Usage: miniperl [switches] [--] [programfile] [arguments]
  -c                check syntax only (runs BEGIN and CHECK blocks)
  -e program        one line of program (several -e's allowed, omit programfile)
  -h                print this help
  -Idirectory       look for modules in directory (several -I's allowed)
  -l                print with a newline after every print ($\ = "\n"); chomp input with -n/-p
  -[mM][-]module    execute "use/no module..." before executing program
  -n                assume "while (<>) { ... }" loop around program
  -p                assume loop like -n but print line also, like sed
  -v                print version
  -w                enable many useful warnings
`

// run is the whole command: it parses perl's switches, loads the program
// from -e, a file or stdin, and returns the exit status. It takes its
// streams as arguments so tests can run it in-process.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, env []string) int {
	return runWithSignals(ctx, args, stdin, stdout, stderr, env, nil)
}

// runWithSignals is run with the process's signals forwarded to the script.
func runWithSignals(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, env []string, sigs <-chan os.Signal) int {
	var (
		lines     []string
		haveE     bool
		checkOnly bool
		warnings  bool
		inc       []string
		preamble  []string // use/no statements from -M and -m
		loop      byte     // 'n' or 'p': the -n or -p loop around the program
		chompIn   bool     // -l
	)
	i := 0
argLoop:
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if len(a) < 2 || a[0] != '-' {
			break
		}
		// Switches may be bundled: -we 'code', -cw.
		for j := 1; j < len(a); j++ {
			switch a[j] {
			case 'c':
				checkOnly = true
			case 'w':
				warnings = true
			case 'v':
				fmt.Fprintf(stdout, "\n%s\n\n", version)
				return 0
			case 'h':
				fmt.Fprint(stdout, usage)
				return 0
			case 'I':
				// -Idir or -I dir: where use finds modules.
				if rest := a[j+1:]; rest != "" {
					inc = append(inc, rest)
				} else if i+1 < len(args) {
					i++
					inc = append(inc, args[i])
				} else {
					fmt.Fprintln(stderr, "No directory specified for -I")
					return 29
				}
				continue argLoop
			case 'n', 'p':
				if loop != 'p' {
					loop = a[j]
				}
			case 'l':
				chompIn = true
				preamble = append(preamble, `$\ = "\n"; `)
			case 'M', 'm':
				// -MModule, -MModule=a,b, -M-Module, -mModule: a use
				// (or no) statement run before the program.
				spec := a[j+1:]
				if spec == "" && i+1 < len(args) {
					i++
					spec = args[i]
				}
				stmt, ok := moduleSwitch(a[j], spec)
				if !ok {
					fmt.Fprintf(stderr, "Missing argument to -%c\n", a[j])
					return 29
				}
				preamble = append(preamble, stmt)
				continue argLoop
			case 'e', 'E':
				haveE = true
				if rest := a[j+1:]; rest != "" {
					lines = append(lines, rest)
				} else if i+1 < len(args) {
					i++
					lines = append(lines, args[i])
				} else {
					fmt.Fprintln(stderr, "No code specified for -e.")
					return 29
				}
				continue argLoop
			default:
				fmt.Fprintf(stderr, "Unrecognized switch: -%s  (-h will show valid options).\n", a[j:])
				return 29
			}
		}
	}
	args = args[i:]

	var name string
	var src []byte
	switch {
	case haveE:
		name = "-e"
		src = []byte(strings.Join(lines, "\n") + "\n")
	case len(args) > 0 && args[0] != "-":
		name = args[0]
		args = args[1:]
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "Can't open perl script \"%s\": %s\n", name, errText(err))
			return 2
		}
		src = b
	default:
		name = "-"
		if len(args) > 0 {
			args = args[1:]
		}
		b, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "Can't read perl script from stdin: %s\n", errText(err))
			return 2
		}
		src = b
	}

	src = withPreamble(withLoop(src, loop, chompIn), preamble)
	prog, err := interp.CompileWith(name, src, interp.CompileOptions{Inc: inc})
	if err != nil {
		msg := strings.TrimSuffix(err.Error(), "\n") + "\n"
		if checkOnly {
			// Under -c perl ends its report differently.
			msg = strings.Replace(msg, "Execution of "+name+" aborted due to compilation errors.", name+" had compilation errors.", 1)
		}
		fmt.Fprint(stderr, msg)
		return 255
	}
	if checkOnly {
		fmt.Fprintf(stderr, "%s syntax OK\n", name)
		return 0
	}
	it := interp.New(prog, interp.Config{
		Stdin: stdin, Stdout: stdout, Stderr: stderr,
		Args: args, Env: env, ScriptName: name, Warnings: warnings,
		Signals: sigs,
	})
	return it.Run(ctx)
}

// errText gives an OS error in perl's wording ("No such file or directory").
func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		err = pe.Err
	}
	s := err.Error()
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}
