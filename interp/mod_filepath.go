package interp

import (
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// File::Path, File::Temp and File::Copy: the core modules that make,
// remove and copy files, following their documented behaviour.

// splitOpts separates a trailing hash reference of options from the
// arguments.
func splitOpts(a []*value.Scalar) ([]*value.Scalar, *value.Hash) {
	if n := len(a); n > 0 && a[n-1].Kind() == value.Ref {
		if h, ok := a[n-1].Pointer().(*value.Hash); ok {
			return a[:n-1], h
		}
	}
	return a, nil
}

// makePath creates dir and its missing parents with mode (less the run's
// umask), appending what it created.
func (it *Interp) makePath(dir string, mode uint32, made *[]string) error {
	if fi, err := os.Stat(dir); err == nil {
		if fi.IsDir() {
			return nil
		}
		return &os.PathError{Op: "mkdir", Path: dir, Err: unix.EEXIST}
	}
	if i := strings.LastIndexByte(strings.TrimRight(dir, "/"), '/'); i > 0 {
		if err := it.makePath(dir[:i], mode, made); err != nil {
			return err
		}
	}
	perm := mode &^ uint32(it.sys.umask)
	if err := unix.Mkdir(dir, perm); err != nil {
		if err == unix.EEXIST {
			return nil
		}
		return &os.PathError{Op: "mkdir", Path: dir, Err: err}
	}
	if it.sys.umaskSet {
		unix.Chmod(dir, perm)
	}
	*made = append(*made, dir)
	return nil
}

// removeTree removes path and everything under it, counting what went.
func removeTree(path string, count *int) error {
	var st unix.Stat_t
	if err := unix.Lstat(path, &st); err != nil {
		if err == unix.ENOENT {
			return nil
		}
		return &os.PathError{Op: "cannot remove", Path: path, Err: err}
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		names, err := readDirNames(path)
		if err != nil {
			return err
		}
		for _, n := range names {
			if n == "." || n == ".." {
				continue
			}
			if err := removeTree(path+"/"+n, count); err != nil {
				return err
			}
		}
		if err := unix.Rmdir(path); err != nil {
			return &os.PathError{Op: "cannot remove directory", Path: path, Err: err}
		}
	} else if err := unix.Unlink(path); err != nil {
		return &os.PathError{Op: "cannot unlink file", Path: path, Err: err}
	}
	*count++
	return nil
}

// pathError dies as File::Path croaks: "mkdir DIR: ERROR at FILE line N."
func (it *Interp) pathError(err error) {
	var pe *os.PathError
	if errors.As(err, &pe) {
		it.setErrno(pe.Err)
		it.dieMsg(it.withPosition(pe.Op+" "+pe.Path+": "+it.errnoValue().String(), it.curFile(), it.curLine()))
	}
	it.dieMsg(it.withPosition(err.Error(), it.curFile(), it.curLine()))
}

func filePathModule() *module {
	makePath := func(fr *frame, a []*value.Scalar, want wantCtx) []value.Scalar {
		it := fr.it
		args, opts := splitOpts(a)
		mode := uint32(0o777)
		if opts != nil {
			for _, k := range []string{"mode", "chmod"} {
				if opts.Exists(k) {
					mode = uint32(opts.Get(k).Int())
				}
			}
		}
		var made []string
		for _, d := range args {
			if err := it.makePath(d.String(), mode, &made); err != nil {
				it.pathError(err)
			}
		}
		if want != listCtx {
			return []value.Scalar{value.IntValue(int64(len(made)))}
		}
		return strs(made...)
	}
	mkpath := func(fr *frame, a []*value.Scalar, want wantCtx) []value.Scalar {
		// mkpath(\@dirs or $dir, $verbose, $mode): the legacy interface.
		if len(a) > 0 && a[0].Kind() == value.Ref {
			if arr, ok := a[0].Pointer().(*value.Array); ok {
				var dirs []*value.Scalar
				for i := 0; i < arr.Len(); i++ {
					v := arr.Get(i)
					dirs = append(dirs, &v)
				}
				if len(a) > 2 {
					h := value.NewHash()
					*h.Elem("mode") = *a[2]
					r := value.RefValue(h)
					dirs = append(dirs, &r)
				}
				return makePath(fr, dirs, want)
			}
		}
		return makePath(fr, a, want)
	}
	removeTreeFn := func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
		args, _ := splitOpts(a)
		if len(args) > 0 && args[0].Kind() == value.Ref {
			if arr, ok := args[0].Pointer().(*value.Array); ok {
				args = nil
				for i := 0; i < arr.Len(); i++ {
					v := arr.Get(i)
					args = append(args, &v)
				}
			}
		}
		n := 0
		for _, p := range args {
			if err := removeTree(p.String(), &n); err != nil {
				fr.it.pathError(err)
			}
		}
		return []value.Scalar{value.IntValue(int64(n))}
	}
	subs := map[string]nativeFn{"make_path": makePath, "mkpath": mkpath, "remove_tree": removeTreeFn, "rmtree": removeTreeFn}
	return &module{name: "File::Path", subs: subs, defaults: []string{"mkpath", "rmtree"}, tags: map[string][]string{}}
}

// tempName fills the trailing X's of a template with random characters.
func tempName(template string) string {
	const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"
	end := len(template)
	for end > 0 && template[end-1] == 'X' {
		end--
	}
	b := []byte(template)
	for i := end; i < len(b); i++ {
		b[i] = chars[rand.IntN(len(chars))]
	}
	return string(b)
}

// tempArgs reads File::Temp's (TEMPLATE, KEY => VALUE ...) arguments.
func tempArgs(a []*value.Scalar) (template string, hasTemplate bool, opts map[string]value.Scalar) {
	opts = map[string]value.Scalar{}
	if len(a)%2 == 1 {
		template, hasTemplate = a[0].String(), true
		a = a[1:]
	}
	for i := 0; i+1 < len(a); i += 2 {
		opts[strings.ToUpper(a[i].String())] = *a[i+1]
	}
	return template, hasTemplate, opts
}

// tempPath makes the path of a new temporary file or directory: the
// template (10 X's by default) in DIR, in the temporary directory for
// TMPDIR or no template, else where the template says.
func (it *Interp) tempPath(template string, hasTemplate bool, opts map[string]value.Scalar) string {
	if !hasTemplate {
		template = "XXXXXXXXXX"
	} else if !strings.HasSuffix(template, "XXXX") {
		it.dieMsg(it.withPosition("Error in tempfile() using template "+template+": The template must end with at least 4 'X' characters", it.curFile(), it.curLine()))
	}
	if d, ok := opts["DIR"]; ok && !d.IsUndef() {
		template = catfile([]string{d.String(), template})
	} else if !hasTemplate || opts["TMPDIR"].Bool() {
		template = catfile([]string{it.tmpdir(), template})
	}
	return tempName(template)
}

func fileTempModule() *module {
	tempfile := func(fr *frame, a []*value.Scalar, want wantCtx) []value.Scalar {
		it := fr.it
		template, has, opts := tempArgs(a)
		var path string
		var h *perlio.Handle
		for tries := 0; ; tries++ {
			path = it.tempPath(template, has, opts) + opts["SUFFIX"].String()
			var err error
			h, err = perlio.OpenFlags(path, unix.O_RDWR|unix.O_CREAT|unix.O_EXCL, 0o600)
			if err == nil {
				break
			}
			if !errors.Is(err, os.ErrExist) || tries > 100 {
				it.setErrno(err)
				it.dieMsg(it.withPosition("Error in tempfile() using template "+path+": Could not create temp file "+path+": "+it.errnoValue().String(), it.curFile(), it.curLine()))
			}
		}
		if opts["UNLINK"].Bool() {
			it.sys.temps = append(it.sys.temps, path)
		}
		g := &Glob{Pkg: "main", Name: "$fh", Scalar: new(value.Scalar), Array: &value.Array{}, Hash: value.NewHash(), IO: h}
		it.keepAnon(h)
		if want != listCtx {
			return []value.Scalar{value.RefValue(g)}
		}
		return []value.Scalar{value.RefValue(g), value.StrValue(path)}
	}
	tempdir := func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
		it := fr.it
		template, has, opts := tempArgs(a)
		for tries := 0; ; tries++ {
			path := it.tempPath(template, has, opts)
			err := unix.Mkdir(path, 0o700)
			if err == nil {
				if opts["CLEANUP"].Bool() {
					it.sys.temps = append(it.sys.temps, path)
				}
				return strs(path)
			}
			if err != unix.EEXIST || tries > 100 {
				it.setErrno(err)
				it.dieMsg(it.withPosition("Error in tempdir() using "+path+": Could not create directory "+path+": "+it.errnoValue().String(), it.curFile(), it.curLine()))
			}
		}
	}
	subs := map[string]nativeFn{"tempfile": tempfile, "tempdir": tempdir}
	return &module{name: "File::Temp", subs: subs, defaults: []string{"tempfile", "tempdir"}, tags: map[string][]string{}}
}

// removeTemps removes the temporary files and directories made with
// UNLINK or CLEANUP, as File::Temp does at exit.
func (it *Interp) removeTemps() {
	for i := len(it.sys.temps) - 1; i >= 0; i-- {
		n := 0
		removeTree(it.sys.temps[i], &n)
	}
	it.sys.temps = nil
}

// copyOpen opens a File::Copy argument: a handle as it is, a name as a
// file.
func (it *Interp) copyOpen(v value.Scalar, write bool, from string) (*perlio.Handle, bool, error) {
	if v.Kind() == value.Glob || v.Kind() == value.Ref {
		if g := it.globOf(v); g != nil && g.IO != nil {
			return g.IO, false, nil
		}
		return nil, false, unix.EBADF
	}
	name := v.String()
	if write {
		if fi, err := os.Stat(name); err == nil && fi.IsDir() && from != "" {
			name = strings.TrimRight(name, "/") + "/" + from[strings.LastIndexByte(from, '/')+1:]
		}
		h, err := perlio.Open(name, ">")
		return h, true, err
	}
	h, err := perlio.Open(name, "<")
	return h, true, err
}

// copyFile is File::Copy's copy: 1, or 0 with $! set.
func (it *Interp) copyFile(from, to value.Scalar) bool {
	src, closeSrc, err := it.copyOpen(from, false, "")
	if err != nil {
		it.setErrno(err)
		return false
	}
	if closeSrc {
		defer src.Close()
	}
	fromName := ""
	if closeSrc {
		fromName = from.String()
	}
	if closeSrc && to.Kind() != value.Glob && to.Kind() != value.Ref {
		if os.SameFile(statOrNil(from.String()), statOrNil(to.String())) {
			it.dieMsg(it.withPosition("'"+from.String()+"' and '"+to.String()+"' are identical (not copied)", it.curFile(), it.curLine()))
		}
	}
	dst, closeDst, err := it.copyOpen(to, true, fromName)
	if err != nil {
		it.setErrno(err)
		return false
	}
	for {
		b, err := src.Read(it.ctx, 64*1024)
		if len(b) > 0 {
			if werr := dst.Write(it.ctx, b); werr != nil {
				it.setErrno(werr)
				return false
			}
		}
		if err != nil && err != io.EOF {
			it.setErrno(err)
			return false
		}
		if len(b) == 0 {
			break
		}
	}
	if closeDst {
		if err := dst.Close(); err != nil {
			it.setErrno(err)
			return false
		}
	} else {
		dst.Flush()
	}
	return true
}

func statOrNil(name string) os.FileInfo {
	fi, _ := os.Stat(name)
	return fi
}

func fileCopyModule() *module {
	cp := func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
		if fr.it.copyFile(argOr(a, 0), argOr(a, 1)) {
			return []value.Scalar{value.IntValue(1)}
		}
		return []value.Scalar{value.IntValue(0)}
	}
	mv := func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
		it := fr.it
		from, to := argOr(a, 0).String(), argOr(a, 1).String()
		if fi, err := os.Stat(to); err == nil && fi.IsDir() {
			to = strings.TrimRight(to, "/") + "/" + from[strings.LastIndexByte(from, '/')+1:]
		}
		err := unix.Rename(from, to)
		if err == unix.EXDEV {
			if !it.copyFile(value.StrValue(from), value.StrValue(to)) {
				return []value.Scalar{value.IntValue(0)}
			}
			err = unix.Unlink(from)
		}
		if err != nil {
			it.setErrno(err)
			return []value.Scalar{value.IntValue(0)}
		}
		return []value.Scalar{value.IntValue(1)}
	}
	subs := map[string]nativeFn{"copy": cp, "move": mv, "cp": cp, "mv": mv}
	return &module{name: "File::Copy", subs: subs, defaults: []string{"copy", "move"}, tags: map[string][]string{}}
}
