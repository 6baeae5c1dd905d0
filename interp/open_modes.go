package interp

import (
	"strconv"
	"strings"

	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// forkMessage is how fork and the implicit forks of open die.
const forkMessage = "fork() is not supported by miniperl: a Go program cannot fork; run commands with system, backticks or a piped open (open my $fh, '-|', @cmd), or start another miniperl process"

// openRequest is one open call's arguments after evaluation.
type openRequest struct {
	// spec is a 2-argument open's only argument; twoArg says it is one.
	spec   string
	twoArg bool
	// mode and args are the 3-or-more-argument form.
	mode string
	args []value.Scalar
	// layer is the default layer of `use open` (":utf8"), for modes
	// that name none.
	layer string
}

// openGlob performs open on g: it makes the new handle first (a dup may
// name g's own handle), then closes g's old handle and installs the new
// one. It returns open's result: 1, the pid of a piped open, or undef
// with $! set.
func (it *Interp) openGlob(g *Glob, req openRequest, file string, line int) value.Scalar {
	h, pid, err := it.openRequest(req, file, line)
	if err != nil {
		it.setErrno(err)
		if g.IO != nil {
			it.closeIO(g.IO)
			g.IO = nil
		}
		return value.UndefValue()
	}
	if g.IO != nil && g.IO != h {
		it.closeIO(g.IO)
	}
	g.IO = h
	if it.symbols[g.Pkg+"::"+g.Name] != g {
		// Handles of lexical globs are reached only through the
		// script's variables; keep them so exit can flush them.
		it.keepAnon(h)
	}
	if pid > 0 {
		return value.IntValue(int64(pid))
	}
	return value.IntValue(1)
}

// keepAnon remembers a lexical handle for the final flush, forgetting
// the closed ones now and then.
func (it *Interp) keepAnon(h *perlio.Handle) {
	if len(it.anonHandles) >= 64 && len(it.anonHandles)&(len(it.anonHandles)-1) == 0 {
		kept := it.anonHandles[:0]
		for _, a := range it.anonHandles {
			if a.Opened() {
				kept = append(kept, a)
			}
		}
		it.anonHandles = kept
	}
	it.anonHandles = append(it.anonHandles, h)
}

// closeIO closes a handle as perl's close does: a piped open's handle also
// waits for its child and sets $?. It reports close's result, with $! set
// when false.
func (it *Interp) closeIO(h *perlio.Handle) bool {
	if !h.Opened() {
		it.errno = int(unix.EBADF)
		return false
	}
	err := h.CloseContext(it.ctx)
	if err != nil {
		it.setErrno(err)
	}
	if piped, ok := it.closePiped(h); piped {
		return ok && err == nil
	}
	return err == nil
}

// openRequest makes the handle an open call asks for.
func (it *Interp) openRequest(req openRequest, file string, line int) (*perlio.Handle, int, error) {
	mode, path := req.mode, ""
	var target value.Scalar
	if req.twoArg {
		spec := strings.Trim(req.spec, " \t\n\r\f")
		if strings.HasPrefix(spec, "|") || strings.HasSuffix(spec, "|") {
			it.processAllowed("open", file, line)
		}
		switch {
		case spec == "-|" || spec == "|-":
			it.dieAt(file, line, forkMessage)
		case strings.HasPrefix(spec, "|"):
			return it.pipeOpen([]value.Scalar{value.StrValue(strings.TrimLeft(spec[1:], " \t"))}, true, file, line)
		case strings.HasSuffix(spec, "|"):
			return it.pipeOpen([]value.Scalar{value.StrValue(strings.TrimRight(spec[:len(spec)-1], " \t"))}, false, file, line)
		}
		var err error
		mode, path, err = perlio.ParseOpenSpec(req.spec)
		if err != nil {
			return nil, 0, err
		}
		target = value.StrValue(path)
	} else {
		mode = strings.Trim(mode, " \t\n\r\f")
		access, _, _ := strings.Cut(mode, ":")
		access = strings.TrimSpace(access)
		switch access {
		case "-|", "|-":
			it.processAllowed("open", file, line)
			if len(req.args) == 0 {
				it.dieAt(file, line, forkMessage)
			}
			return it.pipeOpen(req.args, access == "|-", file, line)
		case "<", ">", ">>", "+<", "+>", "+>>",
			"<&", ">&", ">>&", "+<&", "+>&", "+>>&",
			"<&=", ">&=", ">>&=", "+<&=", "+>&=", "+>>&=":
		default:
			it.dieAt(file, line, "Unknown open() mode '%s'", mode)
		}
		if len(req.args) > 1 {
			it.dieAt(file, line, "Unknown open() mode '%s'", mode)
		}
		if len(req.args) == 1 {
			target = req.args[0]
		}
		path = target.String()
	}
	if req.layer != "" && !strings.ContainsAny(mode, ":&") {
		mode += req.layer
	}
	if strings.Contains(mode, "&") {
		h, err := it.dupHandle(mode, target, req.twoArg, file, line)
		return h, 0, err
	}
	if !req.twoArg && len(req.args) == 1 && target.IsUndef() {
		h, err := perlio.OpenTemp(mode)
		return h, 0, err
	}
	if target.Kind() == value.Ref {
		if s, ok := target.Pointer().(*value.Scalar); ok {
			h, err := perlio.OpenMemory(scalarStore{s}, mode)
			return h, 0, err
		}
	}
	if path == "-" && req.twoArg {
		// "-" is STDIN and ">-" STDOUT: perl shares the standard
		// stream, and closing the new handle leaves it open. An alias
		// with autoflush keeps the order of the output.
		std := it.glob("main::STDIN")
		if strings.HasPrefix(mode, ">") {
			std = it.stdout
		}
		if std.IO == nil || !std.IO.Opened() {
			return nil, 0, unix.EBADF
		}
		std.IO.Flush()
		a := std.IO.Alias()
		a.SetAutoflush(true)
		return a, 0, nil
	}
	creating := false
	if it.sys.umaskSet && strings.ContainsAny(mode, ">") {
		var st unix.Stat_t
		creating = unix.Lstat(path, &st) == unix.ENOENT
	}
	h, err := perlio.Open(path, mode)
	if err != nil {
		return nil, 0, err
	}
	if creating {
		it.fixCreatedMode(h.Fd())
	}
	return h, 0, nil
}

// scalarStore lets an in-memory handle read and write a scalar.
type scalarStore struct{ s *value.Scalar }

// Load implements perlio's store: the scalar's string.
func (s scalarStore) Load() string {
	if s.s.IsUndef() {
		return ""
	}
	return s.s.String()
}

// Store implements perlio's store: the scalar becomes v.
func (s scalarStore) Store(v string) { *s.s = value.StrValue(v) }

// dupHandle is open with "<&", ">&" (a new descriptor) or "<&=", ">&="
// (the same descriptor) on a handle given as a glob, a glob reference, a
// handle name or a descriptor number. Numbers name only the run's own
// handles (0, 1 and 2 being STDIN, STDOUT and STDERR): the host process's
// other descriptors are not the script's to take.
func (it *Interp) dupHandle(mode string, target value.Scalar, twoArg bool, file string, line int) (*perlio.Handle, error) {
	var src *perlio.Handle
	if g := it.globOf(target); g != nil && target.Kind() != value.Str {
		src = g.IO
	} else {
		name := strings.TrimSpace(target.String())
		if n, err := strconv.Atoi(name); err == nil {
			src = it.handleByFd(n)
		} else {
			full := strings.TrimPrefix(name, "*")
			if !containsColons(full) {
				full = "main::" + full
			}
			g := it.symbols[full]
			if g == nil || (g.IO == nil && g.Dir == nil) {
				// perl's messages for a name that is no handle.
				if twoArg {
					return nil, unix.EINVAL
				}
				it.dieAt(file, line, "Bad filehandle: %s", name)
			}
			src = g.IO
		}
	}
	if src == nil || !src.Opened() {
		return nil, unix.EBADF
	}
	src.Flush() // perl flushes a handle before duplicating it
	if strings.HasSuffix(mode, "&=") {
		return src.Alias(), nil
	}
	return src.Dup()
}

// handleByFd finds the run's open handle on descriptor n.
func (it *Interp) handleByFd(n int) *perlio.Handle {
	std := []*Glob{it.glob("main::STDIN"), it.stdout, it.stderr}
	if n >= 0 && n < 3 {
		if h := std[n].IO; h != nil && h.Opened() && (h.Fd() == n || h.Fd() < 0) {
			return h
		}
	}
	for _, g := range it.symbols {
		if g.IO != nil && g.IO.Opened() && g.IO.Fd() == n {
			return g.IO
		}
	}
	for _, h := range it.anonHandles {
		if h.Opened() && h.Fd() == n {
			return h
		}
	}
	return nil
}

// localGlob is local *NAME: every slot of g is saved, to be restored
// when the scope is left, and g starts empty. The returned scalar is a
// placeholder target; `local *NAME = ...` itself is compiled by
// globAssign (glob_assign.go).
func (it *Interp) localGlob(g *Glob) *value.Scalar {
	saved := *g
	g.Scalar, g.Array, g.Hash = new(value.Scalar), &value.Array{}, value.NewHash()
	g.Code, g.IO, g.Dir = nil, nil, nil
	it.locals = append(it.locals, localSave{func() {
		if g.IO != nil && g.IO != saved.IO {
			it.closeIO(g.IO)
		}
		g.Scalar, g.Array, g.Hash = saved.Scalar, saved.Array, saved.Hash
		g.Code, g.IO, g.Dir = saved.Code, saved.IO, saved.Dir
	}})
	return new(value.Scalar)
}

// stdIndex is 0, 1 or 2 for the globs STDIN, STDOUT and STDERR, else -1.
func (it *Interp) stdIndex(g *Glob) int {
	switch g {
	case it.symbols["main::STDIN"]:
		return 0
	case it.stdout:
		return 1
	case it.stderr:
		return 2
	}
	return -1
}
