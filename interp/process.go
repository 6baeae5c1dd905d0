package interp

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// shellMeta are the characters that make perl hand a one-string command
// to /bin/sh rather than run it directly.
const shellMeta = "$&*(){}[]'\";\\|?<>~`\n"

// command builds the process for system/exec/backticks from perl's
// arguments: one string with shell metacharacters goes to sh -c, else the
// words are the program and its arguments.
func (it *Interp) command(args []value.Scalar) *exec.Cmd {
	var cmd *exec.Cmd
	if len(args) == 1 {
		s := args[0].String()
		if strings.ContainsAny(s, shellMeta) {
			cmd = exec.CommandContext(it.ctx, "/bin/sh", "-c", s)
		} else {
			words := strings.Fields(s)
			if len(words) == 0 {
				return nil
			}
			cmd = exec.CommandContext(it.ctx, words[0], words[1:]...)
		}
	} else {
		words := make([]string, len(args))
		for i, a := range args {
			words[i] = a.String()
		}
		cmd = exec.CommandContext(it.ctx, words[0], words[1:]...)
	}
	cmd.Env = it.environ()
	// The program is looked up in the script's $ENV{PATH}, as perl's
	// execvp does, not in the host's.
	if p, err := it.lookPath(cmd.Args[0]); err == nil {
		cmd.Path, cmd.Err = p, nil
	}
	return cmd
}

// environ is %ENV as the child's environment.
func (it *Interp) environ() []string {
	env := it.glob("main::ENV").Hash
	var out []string
	for _, k := range env.Keys() {
		out = append(out, k+"="+env.Get(k).String())
	}
	return out
}

// runChild runs a command and sets $? as perl's wait status (exit code
// << 8, or the signal number); it returns that status, or -1 when the
// program could not be started (with $! set).
func (it *Interp) runChild(cmd *exec.Cmd, file string, line int) int {
	it.flushAll() // perl flushes output before it forks
	release := it.childStdio(cmd)
	err := cmd.Run()
	release()
	status := 0
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
		if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			status = int(ws.Signal())
		} else {
			status = exitErr.ExitCode() << 8
		}
	default:
		it.checkCancel(it.ctx.Err())
		var pe *os.PathError
		if errors.As(err, &pe) {
			it.setErrno(pe.Err)
		} else if errors.Is(err, exec.ErrNotFound) {
			it.errno = int(unix.ENOENT)
		} else {
			it.setErrno(err)
		}
		it.warnExec(cmd.Args[0], unix.Errno(it.errno), file, line)
		status = -1
	}
	*it.glob("main::?").Scalar = value.IntValue(int64(status))
	return status
}

// processAllowed dies when the host has forbidden starting processes.
func (it *Interp) processAllowed(name, file string, line int) {
	if it.cfg.DenyProcesses {
		it.dieAt(file, line, "%s is not allowed: the host forbids starting processes", name)
	}
}

// systemCall compiles system LIST and exec LIST (exec runs the program,
// then ends the run with its status: a Go host cannot be replaced).
func (c *compiler) systemCall(x *parser.Call) scalarFn {
	args := c.listArgs(x)
	name := x.Name
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		it := fr.it
		it.processAllowed(name, file, line)
		cmd := it.command(args(fr))
		if cmd == nil {
			return value.IntValue(-1)
		}
		status := it.runChild(cmd, file, line)
		if name == "exec" {
			if status == -1 {
				return value.BoolValue(false)
			}
			panic(&exitSignal{status: status >> 8})
		}
		return value.IntValue(int64(status))
	}
}

// commandExpr compiles `...` and qx//: the command's output, split into
// lines in list context.
func (c *compiler) commandExpr(x *parser.Command) (scalarFn, listFn) {
	cmdText := c.scalar(x.Cmd)
	file, line := c.file, c.line
	run := func(fr *frame) (string, bool) {
		it := fr.it
		it.processAllowed("qx", file, line)
		cmd := it.command([]value.Scalar{value.StrValue(cmdText(fr).String())})
		if cmd == nil {
			return "", false
		}
		var out bytes.Buffer
		cmd.Stdout = &out
		if it.runChild(cmd, file, line) == -1 {
			return "", false
		}
		return out.String(), true
	}
	scalar := func(fr *frame) value.Scalar {
		s, ok := run(fr)
		if !ok {
			return value.UndefValue()
		}
		return value.StrValue(s)
	}
	list := func(fr *frame) []value.Scalar {
		s, ok := run(fr)
		if !ok || s == "" {
			return nil
		}
		var out []value.Scalar
		for s != "" {
			i := strings.IndexByte(s, '\n')
			if i < 0 {
				out = append(out, value.StrValue(s))
				break
			}
			out = append(out, value.StrValue(s[:i+1]))
			s = s[i+1:]
		}
		return out
	}
	return scalar, list
}
