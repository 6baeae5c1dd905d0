package interp

import (
	"strings"

	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// ioHandleMethods are the names ioHandleMethod answers, the subs of the
// IO::Handle package.
var ioHandleMethods = []string{
	"autoflush", "flush", "printflush", "sync", "print", "say", "printf",
	"write", "syswrite", "read", "sysread", "getc", "getline", "getlines",
	"close", "opened", "fileno", "eof", "binmode", "blocking",
	"input_line_number", "error", "clearerr", "untaint", "truncate",
}

// ioHandleModule is IO::Handle: the filehandle methods, and new and
// new_from_fd to make handle objects.
func ioHandleModule() *module {
	subs := map[string]nativeFn{}
	for _, m := range ioHandleMethods {
		subs[m] = ioHandleMethod(m)
	}
	subs["new"] = func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
		return one(fr.it.track(newHandleObject(classOf(argOr(args, 0)), nil)))
	}
	subs["new_from_fd"] = ioNewFromFd
	subs["fdopen"] = ioFdopen
	return &module{name: "IO::Handle", subs: subs, tags: map[string][]string{}}
}

// ioSeekableModule is IO::Seekable: seek, tell and their aliases.
func ioSeekableModule() *module {
	subs := map[string]nativeFn{}
	for _, m := range []string{"seek", "sysseek", "tell", "getpos", "setpos", "truncate"} {
		subs[m] = ioHandleMethod(m)
	}
	return &module{name: "IO::Seekable", subs: subs, tags: map[string][]string{}, isa: []string{"IO::Handle"}, also: []string{"IO::Handle"}}
}

// ioFileModule is IO::File: new with a file name and mode, new_tmpfile,
// open.
func ioFileModule() *module {
	subs := map[string]nativeFn{
		"new":         ioFileNew,
		"new_tmpfile": ioFileTmp,
		"open":        ioFileOpen,
	}
	return &module{name: "IO::File", subs: subs, tags: map[string][]string{},
		isa: []string{"IO::Handle", "IO::Seekable"}, also: []string{"IO::Handle", "IO::Seekable"},
		defaults: []string{}}
}

// newHandleObject makes a handle object: a glob reference blessed into
// class, holding h (nil for an unopened handle).
func newHandleObject(class string, h *perlio.Handle) *Glob {
	return &Glob{Pkg: class, Name: "$fh", Scalar: new(value.Scalar), Array: &value.Array{}, Hash: value.NewHash(), IO: h, blessed: class}
}

// ioFileNew is IO::File->new([FILENAME [, MODE [, PERMS]]]).
func ioFileNew(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	g := newHandleObject(classOf(argOr(args, 0)), nil)
	obj := fr.it.track(g)
	if len(args) > 1 {
		self := obj
		r := ioFileOpen(fr, append([]*value.Scalar{&self}, args[1:]...), scalarCtx)
		if len(r) == 0 || !r[0].Bool() {
			return one(value.UndefValue())
		}
	}
	return one(obj)
}

// ioFileOpen is $fh->open(FILENAME [, MODE [, PERMS]]): MODE is perl's
// ("<", ">", ">>", "+<", with layers), fopen's ("r", "w", "a", "r+"...),
// or a number of O_ flags; without MODE the name may carry it.
func ioFileOpen(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	it := fr.it
	g, rest := ioArgs(fr, args)
	if g == nil || len(rest) == 0 {
		it.dieMsg(it.withPosition("usage: $fh->open(FILENAME [,MODE [,PERMS]])", it.callFile, it.callLine))
	}
	path := rest[0].String()
	var h *perlio.Handle
	var err error
	switch {
	case len(rest) == 1:
		var mode, p string
		mode, p, err = perlio.ParseOpenSpec(path)
		if err == nil {
			h, err = perlio.Open(p, mode)
		}
	case rest[1].Kind() == value.Int || rest[1].Kind() == value.Float || (rest[1].LooksLikeNumber() && rest[1].String() != ""):
		perm := uint32(0o666)
		if len(rest) > 2 {
			perm = uint32(rest[2].Int())
		}
		// As sysopen: the run's umask applies to a file it creates.
		h, err = perlio.OpenFlags(path, int(rest[1].Int()), perm&^uint32(it.sys.umask))
	default:
		mode := rest[1].String()
		if m, ok := fopenModes[strings.TrimSuffix(mode, "b")]; ok {
			mode = m
		}
		h, err = perlio.Open(path, mode)
	}
	if err != nil {
		it.setErrno(err)
		return one(value.UndefValue())
	}
	if g.IO != nil && g.IO.Opened() {
		g.IO.Close()
	}
	g.IO = h
	return one(value.IntValue(1))
}

// fopenModes are the C-style modes IO::File accepts, as perl's.
var fopenModes = map[string]string{
	"r": "<", "w": ">", "a": ">>", "r+": "+<", "w+": "+>", "a+": "+>>",
}

// ioFileTmp is IO::File->new_tmpfile: an anonymous file open for reading
// and writing, gone when closed.
func ioFileTmp(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	h, err := perlio.OpenTemp("+>")
	if err != nil {
		fr.it.setErrno(err)
		return one(value.UndefValue())
	}
	return one(fr.it.track(newHandleObject(classOf(argOr(args, 0)), h)))
}

// ioNewFromFd is IO::Handle->new_from_fd(FD, MODE).
func ioNewFromFd(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	g := newHandleObject(classOf(argOr(args, 0)), nil)
	self := fr.it.track(g)
	r := ioFdopen(fr, append([]*value.Scalar{&self}, args[1:]...), want)
	if len(r) == 0 || !r[0].Bool() {
		return one(value.UndefValue())
	}
	return one(self)
}

// ioFdopen is $io->fdopen(FD, MODE): FD is a number, a handle or a glob.
func ioFdopen(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	it := fr.it
	g, rest := ioArgs(fr, args)
	if g == nil || len(rest) == 0 {
		it.dieMsg(it.withPosition("usage: $io->fdopen(FD, MODE)", it.callFile, it.callLine))
	}
	var src *Glob
	if rest[0].Kind() == value.Ref || rest[0].Kind() == value.Glob || !rest[0].LooksLikeNumber() {
		src = it.globOf(rest[0])
	} else {
		switch fd := rest[0].Int(); fd {
		case 0:
			src = it.symbols["main::STDIN"]
		case 1:
			src = it.stdout
		case 2:
			src = it.stderr
		default:
			for _, cand := range it.symbols {
				if cand.IO != nil && cand.IO.Fd() == int(fd) {
					src = cand
					break
				}
			}
		}
	}
	if src == nil || src.IO == nil {
		it.errno = int(unix.EBADF)
		return one(value.UndefValue())
	}
	g.IO = src.IO
	g.shared = true
	return one(value.IntValue(1))
}
