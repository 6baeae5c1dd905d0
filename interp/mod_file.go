package interp

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/miniperl/miniperl/regex"
	"github.com/miniperl/miniperl/value"
)

// The core modules scripts use with files: File::Basename, File::Spec
// (with File::Spec::Functions) and Cwd, following their Unix code paths.

func strs(vs ...string) []value.Scalar {
	out := make([]value.Scalar, len(vs))
	for i, s := range vs {
		out[i] = value.StrValue(s)
	}
	return out
}

// stripTrailingSep is File::Basename's _strip_trailing_sep: s{(.)/*\z}{$1}.
func stripTrailingSep(p string) string {
	if len(p) <= 1 {
		return p
	}
	t := strings.TrimRight(p[1:], "/")
	return p[:1] + t
}

// fileparse is File::Basename's fileparse on Unix: the directory part
// ("./" when there is none), the name, and the first of the suffix
// patterns (perl regular expressions) that ends the name, removed from it.
func fileparse(path string, suffixes []value.Scalar) (name, dir, suffix string, err error) {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		dir, name = path[:i+1], path[i+1:]
	} else {
		dir, name = "./", path
	}
	for _, s := range suffixes {
		re, cerr := regex.Compile("("+s.String()+")$", "s")
		if cerr != nil {
			return "", "", "", cerr
		}
		if loc, ok := re.MatchAt(name, 0); ok {
			suffix = name[loc[2]:loc[3]] + suffix
			name = name[:loc[2]]
		}
	}
	return name, dir, suffix, nil
}

func fileBasenameModule() *module {
	subs := map[string]nativeFn{
		"fileparse": func(fr *frame, a []*value.Scalar, want wantCtx) []value.Scalar {
			var sufs []value.Scalar
			for _, s := range a[min(1, len(a)):] {
				sufs = append(sufs, *s)
			}
			name, dir, suf, err := fileparse(argOr(a, 0).String(), sufs)
			if err != nil {
				fr.it.dieMsg(fr.it.withPosition(err.Error(), fr.it.curFile(), fr.it.curLine()))
			}
			if want != listCtx {
				return strs(name)
			}
			out := strs(name, dir)
			if len(sufs) > 0 {
				out = append(out, value.StrValue(suf))
			}
			return out
		},
		"basename": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			var sufs []value.Scalar
			for _, s := range a[min(1, len(a)):] {
				sufs = append(sufs, value.StrValue(regexQuote(s.String())))
			}
			name, dir, suf, _ := fileparse(stripTrailingSep(argOr(a, 0).String()), sufs)
			if suf != "" && name == "" {
				name = suf
			}
			if name == "" {
				name = dir
			}
			return strs(name)
		},
		"dirname": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			name, dir, _, _ := fileparse(argOr(a, 0).String(), nil)
			dir = stripTrailingSep(dir)
			if name == "" {
				_, dir, _, _ = fileparse(dir, nil)
				dir = stripTrailingSep(dir)
			}
			return strs(dir)
		},
	}
	return &module{name: "File::Basename", subs: subs, defaults: []string{"basename", "dirname", "fileparse"}, tags: map[string][]string{}}
}

// regexQuote is quotemeta, for the suffixes basename takes literally.
func regexQuote(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 128) {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// canonpath is File::Spec::Unix's canonpath: no doubled slashes, no "."
// components, no leading "./" or "/.." and no trailing slash.
func canonpath(p string) string {
	for strings.Contains(p, "//") {
		p = strings.ReplaceAll(p, "//", "/")
	}
	// (?:/\.)+(?:/|\z) -> /
	var b strings.Builder
	for i := 0; i < len(p); {
		if p[i] == '/' {
			j := i
			for j+1 < len(p) && p[j+1] == '.' && (j+2 == len(p) || p[j+2] == '/') {
				j += 2
			}
			if j > i {
				b.WriteByte('/')
				i = j + 1
				continue
			}
		}
		b.WriteByte(p[i])
		i++
	}
	p = b.String()
	if p != "./" {
		for strings.HasPrefix(p, "./") {
			p = p[2:]
		}
	}
	for strings.HasPrefix(p, "/../") {
		p = p[3:]
	}
	if p == "/.." {
		p = "/"
	}
	if len(p) > 1 && strings.HasSuffix(p, "/") {
		p = p[:len(p)-1]
	}
	return p
}

func catdir(parts []string) string {
	return canonpath(strings.Join(parts, "/") + "/")
}

func catfile(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	file := canonpath(parts[len(parts)-1])
	if len(parts) == 1 {
		return file
	}
	dir := catdir(parts[:len(parts)-1])
	if !strings.HasSuffix(dir, "/") {
		dir += "/"
	}
	return dir + file
}

// tmpdir is File::Spec->tmpdir: $TMPDIR when it is a writable directory,
// else /tmp.
func (it *Interp) tmpdir() string {
	if d := it.glob("main::ENV").Hash.Get("TMPDIR").String(); d != "" {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return canonpath(d)
		}
	}
	return "/tmp"
}

// fileSpecSubs are File::Spec's functions taking their arguments without
// an invocant.
func fileSpecSubs() map[string]nativeFn {
	words := func(a []*value.Scalar) []string {
		out := make([]string, len(a))
		for i, s := range a {
			out[i] = s.String()
		}
		return out
	}
	return map[string]nativeFn{
		"canonpath": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return strs(canonpath(argOr(a, 0).String()))
		},
		"catdir": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			if len(a) == 0 {
				return strs("")
			}
			return strs(catdir(words(a)))
		},
		"catfile": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar { return strs(catfile(words(a))) },
		"curdir":  func(*frame, []*value.Scalar, wantCtx) []value.Scalar { return strs(".") },
		"updir":   func(*frame, []*value.Scalar, wantCtx) []value.Scalar { return strs("..") },
		"rootdir": func(*frame, []*value.Scalar, wantCtx) []value.Scalar { return strs("/") },
		"devnull": func(*frame, []*value.Scalar, wantCtx) []value.Scalar { return strs("/dev/null") },
		"tmpdir":  func(fr *frame, _ []*value.Scalar, _ wantCtx) []value.Scalar { return strs(fr.it.tmpdir()) },
		"file_name_is_absolute": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.BoolValue(strings.HasPrefix(argOr(a, 0).String(), "/"))}
		},
		"splitdir": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return strs(strings.Split(argOr(a, 0).String(), "/")...)
		},
		"splitpath": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			p := argOr(a, 0).String()
			if len(a) > 1 && a[1].Bool() {
				return strs("", p, "")
			}
			i := strings.LastIndexByte(p, '/')
			return strs("", p[:i+1], p[i+1:])
		},
		"catpath": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			dir, file := argOr(a, 1).String(), argOr(a, 2).String()
			if dir != "" && file != "" && !strings.HasSuffix(dir, "/") && !strings.HasPrefix(file, "/") {
				return strs(dir + "/" + file)
			}
			return strs(dir + file)
		},
		"no_upwards": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			var out []value.Scalar
			for _, s := range a {
				if n := s.String(); n != "." && n != ".." {
					out = append(out, *s)
				}
			}
			return out
		},
		"rel2abs": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			p := argOr(a, 0).String()
			if strings.HasPrefix(p, "/") {
				return strs(canonpath(p))
			}
			base := argOr(a, 1).String()
			if base == "" {
				base, _ = os.Getwd()
			}
			return strs(catdir([]string{base, p}))
		},
		"abs2rel": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			base := argOr(a, 1).String()
			if base == "" {
				base, _ = os.Getwd()
			}
			rel, err := filepath.Rel(base, argOr(a, 0).String())
			if err != nil {
				return strs(argOr(a, 0).String())
			}
			return strs(rel)
		},
	}
}

func fileSpecModule() *module {
	subs := map[string]nativeFn{}
	for name, fn := range fileSpecSubs() {
		// Called as class methods: File::Spec->catfile(...).
		subs[name] = func(fr *frame, a []*value.Scalar, want wantCtx) []value.Scalar {
			return fn(fr, a[min(1, len(a)):], want)
		}
	}
	return &module{name: "File::Spec", subs: subs, tags: map[string][]string{}}
}

func fileSpecFunctionsModule() *module {
	subs := fileSpecSubs()
	return &module{name: "File::Spec::Functions", subs: subs,
		defaults: []string{"canonpath", "catdir", "catfile", "curdir", "file_name_is_absolute", "no_upwards", "rootdir", "updir"},
		tags:     map[string][]string{}}
}

func cwdModule() *module {
	cwd := func(fr *frame, _ []*value.Scalar, _ wantCtx) []value.Scalar {
		d, err := os.Getwd()
		if err != nil {
			fr.it.setErrno(err)
			return []value.Scalar{value.UndefValue()}
		}
		return strs(d)
	}
	abs := func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
		p := "."
		if len(a) > 0 {
			p = a[0].String()
		}
		r, err := filepath.EvalSymlinks(p)
		if err == nil {
			r, err = filepath.Abs(r)
		}
		if err != nil {
			fr.it.setErrno(err)
			return []value.Scalar{value.UndefValue()}
		}
		return strs(r)
	}
	subs := map[string]nativeFn{"cwd": cwd, "getcwd": cwd, "fastcwd": cwd, "fastgetcwd": cwd,
		"abs_path": abs, "realpath": abs, "fast_abs_path": abs}
	return &module{name: "Cwd", subs: subs, defaults: []string{"cwd", "getcwd", "fastcwd", "fastgetcwd"}, tags: map[string][]string{}}
}
