package interp

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// child is a process a piped open started. The run reaps it itself with
// wait4 on its pid, never through os/exec, so that waitpid, wait and
// close see perl's statuses.
type child struct {
	pid  int
	proc *os.Process
	// handle is the pipe to the child; closing it waits for the child.
	handle *perlio.Handle
	// collect holds the child's output to the run's STDOUT or STDERR
	// when those are host Go streams with no descriptor to hand over.
	collect []*collector
}

// collector copies a child's output from a pipe into memory until the
// child closes it; the run writes it to its own handle when it reaps the
// child.
type collector struct {
	to   *Glob
	mu   sync.Mutex
	buf  bytes.Buffer
	done chan struct{}
}

func newCollector(to *Glob, r *os.File) *collector {
	c := &collector{to: to, done: make(chan struct{})}
	go func() {
		defer close(c.done)
		defer r.Close()
		b := make([]byte, 8192)
		for {
			n, err := r.Read(b)
			if n > 0 {
				c.mu.Lock()
				c.buf.Write(b[:n])
				c.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	return c
}

// drain waits (within the run's context) for the child to close its end
// and writes what it sent to the run's handle.
func (c *collector) drain(it *Interp) {
	select {
	case <-c.done:
	case <-it.ctx.Done():
	case <-time.After(time.Second):
		// A grandchild may hold the pipe open; take what is there.
	}
	c.mu.Lock()
	data := c.buf.Bytes()
	c.buf.Reset()
	c.mu.Unlock()
	if len(data) > 0 && c.to != nil && c.to.IO != nil && c.to.IO.CanWrite() {
		c.to.IO.Write(it.ctx, data)
		c.to.IO.Flush()
	}
}

// childStream gives the child the descriptor behind one of the run's
// standard handles: a duplicate of its descriptor when it has one (perl's
// child inherits fd 0, 1 or 2 as the script left them), a pipe into a
// collector for an output handle over a host Go stream, and /dev/null
// otherwise. The caller closes f once the child has started.
//
// Starting the child puts the shared open file description in blocking
// mode, as the child expects; a descriptor the run keeps non-blocking for
// Go's poller (a socket made STDOUT) gets its mode back through
// restoreNonblock once the child is done.
func (it *Interp) childStream(g *Glob, output bool) (f *os.File, col *collector, err error) {
	if g != nil && g.IO != nil && g.IO.Opened() {
		if output {
			g.IO.Flush()
		}
		if fd := g.IO.Fd(); fd >= 0 {
			nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
			if err != nil {
				return nil, nil, err
			}
			if fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0); err == nil && fl&unix.O_NONBLOCK != 0 {
				it.sys.nonblock = append(it.sys.nonblock, g.IO)
			}
			return os.NewFile(uintptr(nfd), g.Name), nil, nil
		}
		if output && g.IO.CanWrite() {
			r, w, err := os.Pipe()
			if err != nil {
				return nil, nil, err
			}
			return w, newCollector(g, r), nil
		}
	}
	if output {
		f, err = os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	} else {
		f, err = os.Open(os.DevNull)
	}
	return f, nil, err
}

// lookPath finds a program as execvp would, with the run's PATH.
func (it *Interp) lookPath(name string) (string, error) {
	if strings.Contains(name, "/") {
		return name, nil
	}
	path := it.glob("main::ENV").Hash.Get("PATH").String()
	for _, dir := range strings.Split(path, ":") {
		if dir == "" {
			dir = "."
		}
		p := dir + "/" + name
		var st unix.Stat_t
		if unix.Stat(p, &st) == nil && st.Mode&unix.S_IFMT != unix.S_IFDIR && unix.Access(p, unix.X_OK) == nil {
			return p, nil
		}
	}
	return "", unix.ENOENT
}

// commandWords is what a piped open or system runs: one string with
// shell metacharacters goes to /bin/sh -c, else the words themselves.
func commandWords(args []value.Scalar) []string {
	if len(args) == 1 {
		s := args[0].String()
		if strings.ContainsAny(s, shellMeta) {
			return []string{"/bin/sh", "-c", s}
		}
		return strings.Fields(s)
	}
	words := make([]string, len(args))
	for i, a := range args {
		words[i] = a.String()
	}
	return words
}

// pipeOpen starts a command with a pipe to (write) or from (!write) the
// returned handle: perl's open(FH, "-|", LIST) and open(FH, "|-", LIST).
// It returns the child's pid.
func (it *Interp) pipeOpen(args []value.Scalar, write bool, file string, line int) (*perlio.Handle, int, error) {
	words := commandWords(args)
	if len(words) == 0 {
		return nil, 0, unix.ENOENT
	}
	prog, err := it.lookPath(words[0])
	if err != nil {
		it.warnExec(words[0], err, file, line)
		return nil, 0, err
	}
	it.flushAll() // perl flushes output before it forks
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, 0, err
	}
	ch := &child{}
	var files [3]*os.File
	var closeAfter []*os.File
	defer func() {
		for _, f := range closeAfter {
			f.Close()
		}
	}()
	std := []*Glob{it.glob("main::STDIN"), it.stdout, it.stderr}
	for i := range files {
		switch {
		case i == 0 && write:
			files[0] = pr
		case i == 1 && !write:
			files[1] = pw
		default:
			f, col, err := it.childStream(std[i], i > 0)
			if err != nil {
				pr.Close()
				pw.Close()
				return nil, 0, err
			}
			files[i] = f
			closeAfter = append(closeAfter, f)
			if col != nil {
				ch.collect = append(ch.collect, col)
			}
		}
	}
	// The parent goes on using its handles while the child runs.
	defer it.restoreNonblock()
	proc, err := os.StartProcess(prog, words, &os.ProcAttr{Env: it.environ(), Files: files[:]})
	if err != nil {
		pr.Close()
		pw.Close()
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		it.warnExec(words[0], err, file, line)
		return nil, 0, err
	}
	var h *perlio.Handle
	if write {
		pr.Close()
		h, err = perlio.NewPipe(words[0], pw, true)
	} else {
		pw.Close()
		h, err = perlio.NewPipe(words[0], pr, false)
	}
	if err != nil {
		proc.Kill()
		return nil, 0, err
	}
	ch.pid, ch.proc, ch.handle = proc.Pid, proc, h
	if it.sys.children == nil {
		it.sys.children = map[int]*child{}
	}
	it.sys.children[proc.Pid] = ch
	return h, proc.Pid, nil
}

// reap waits for a child (blocking unless nohang), then forgets it,
// writes out what it sent to the run's host streams and returns its wait
// status. ok is false when nohang and the child is still running. The
// wait polls so that cancellation and alarms can interrupt it.
func (it *Interp) reap(ch *child, nohang bool) (status int, ok bool, err error) {
	delay := 200 * time.Microsecond
	for {
		var ws unix.WaitStatus
		pid, err := unix.Wait4(ch.pid, &ws, unix.WNOHANG, nil)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			delete(it.sys.children, ch.pid)
			return -1, true, err
		}
		if pid == ch.pid {
			delete(it.sys.children, ch.pid)
			ch.proc.Release()
			for _, c := range ch.collect {
				c.drain(it)
			}
			return int(ws) & 0xffff, true, nil
		}
		if nohang {
			return 0, false, nil
		}
		select {
		case <-it.ctx.Done():
			// A run cancelled stops here; a signal or alarm whose
			// handler returns resumes the wait, as perl restarts
			// waitpid after EINTR.
			if !it.interrupted(it.ctx.Err()) {
				return -1, true, it.ctx.Err()
			}
		case <-time.After(delay):
		}
		delay = min(delay*2, 20*time.Millisecond)
	}
}

// finish waits for a child at the end of a run, outside any handler:
// until it exits, or, once the host has cancelled the run, after killing
// it.
func (it *Interp) finish(ch *child) {
	delay := 200 * time.Microsecond
	for {
		var ws unix.WaitStatus
		pid, err := unix.Wait4(ch.pid, &ws, unix.WNOHANG, nil)
		if err == unix.EINTR {
			continue
		}
		if err != nil || pid == ch.pid {
			break
		}
		if it.runCtx.Err() != nil {
			ch.proc.Kill()
			unix.Wait4(ch.pid, &ws, 0, nil)
			break
		}
		time.Sleep(delay)
		delay = min(delay*2, 20*time.Millisecond)
	}
	delete(it.sys.children, ch.pid)
	ch.proc.Release()
	for _, c := range ch.collect {
		c.drain(it)
	}
}

// pipedChild returns the child behind a piped handle, or nil.
func (it *Interp) pipedChild(h *perlio.Handle) *child {
	for _, ch := range it.sys.children {
		if ch.handle == h {
			return ch
		}
	}
	return nil
}

// closePiped finishes the close of a piped handle, as perl's my_pclose:
// it waits for the child and sets $?. It reports whether h was piped and,
// if so, whether the close succeeds (the child exited with status 0).
func (it *Interp) closePiped(h *perlio.Handle) (piped, ok bool) {
	ch := it.pipedChild(h)
	if ch == nil {
		if h.IsPipe() {
			// waitpid got there first.
			it.setChildStatus(-1)
			it.errno = int(unix.ECHILD)
			return true, false
		}
		return false, false
	}
	status, _, err := it.reap(ch, false)
	if err != nil {
		it.checkCancel(err)
		it.setErrno(err)
	}
	it.setChildStatus(status)
	if status != 0 {
		it.errno = 0
	}
	return true, status == 0
}

// setChildStatus sets $?.
func (it *Interp) setChildStatus(status int) {
	*it.glob("main::?").Scalar = value.IntValue(int64(status))
}

// reapAll closes the piped handles still open at the end of a run and
// waits for their children, as perl's global destruction does (after a
// cancelled run the children are killed first); then File::Temp's files
// go.
func (it *Interp) reapAll() {
	defer it.removeTemps()
	if len(it.sys.children) == 0 {
		return
	}
	cancelled := it.runCtx.Err() != nil
	if !cancelled {
		// An alarm may have fired unseen: waiting here answers only
		// to the host.
		it.newOpContext()
	}
	for _, ch := range it.sys.children {
		if cancelled {
			ch.proc.Kill()
		}
		ch.handle.Close()
	}
	for _, ch := range it.sys.children {
		it.finish(ch)
	}
}

// warnExec is perl's -w warning for a program that could not be run.
func (it *Interp) warnExec(name string, err error, file string, line int) {
	if !it.warnOn(wOther, file, line) {
		return
	}
	e, ok := perlio.ErrnoOf(err)
	if !ok {
		e = unix.ENOENT
	}
	it.warnMsg(it.withPosition(fmt.Sprintf("Can't exec \"%s\": %s", name, perlio.ErrnoText(e)), file, line))
}

// childStdio connects a child of system or backticks to the run's STDIN,
// STDOUT (unless the caller collects it) and STDERR as the script has them
// now, so output follows a reopened STDOUT as the child's fd 1 would. A
// STDIN over a host Go stream is handed over as it is. The returned
// function releases what was opened, once the child has finished, and
// writes out what collectors gathered.
func (it *Interp) childStdio(cmd *exec.Cmd) func() {
	var opened []*os.File
	var cols []*collector
	stream := func(g *Glob, output bool) *os.File {
		f, col, err := it.childStream(g, output)
		if err != nil {
			return nil
		}
		opened = append(opened, f)
		if col != nil {
			cols = append(cols, col)
		}
		return f
	}
	if stdin := it.glob("main::STDIN"); stdin.IO != nil && stdin.IO.Opened() && stdin.IO.Fd() < 0 {
		cmd.Stdin = it.cfg.Stdin
	} else if f := stream(stdin, false); f != nil {
		cmd.Stdin = f
	}
	if cmd.Stdout == nil {
		if f := stream(it.stdout, true); f != nil {
			cmd.Stdout = f
		}
	}
	if f := stream(it.stderr, true); f != nil {
		cmd.Stderr = f
	}
	return func() {
		it.restoreNonblock()
		for _, f := range opened {
			f.Close()
		}
		for _, c := range cols {
			c.drain(it)
		}
	}
}

// restoreNonblock puts back O_NONBLOCK on the run's descriptors that a
// child's start made blocking.
func (it *Interp) restoreNonblock() {
	for _, h := range it.sys.nonblock {
		if fd := h.Fd(); fd >= 0 {
			unix.SetNonblock(fd, true)
		}
	}
	it.sys.nonblock = nil
}
