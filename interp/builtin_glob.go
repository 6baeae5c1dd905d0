package interp

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// globSite identifies one glob call in the program, for the iteration of
// glob in scalar context.
type globSite struct{}

// globCall compiles glob EXPR and <*.c>: in list context every match; in
// scalar context the next match of the list made at the first call, then
// undef, then the list anew, as perl's iterator per call site.
func (c *compiler) globCall(x *parser.Call) (scalarFn, listFn) {
	if len(x.Args) > 1 {
		c.fail(x.At().Line, "Too many arguments for glob")
	}
	arg := c.topicOr(x)
	site := new(globSite)
	list := func(fr *frame) []value.Scalar {
		names := cshGlob(arg(fr).String(), fr.it.home())
		out := make([]value.Scalar, len(names))
		for i, n := range names {
			out[i] = value.StrValue(n)
		}
		return out
	}
	scalar := func(fr *frame) value.Scalar {
		st := &fr.it.sys
		if st.globIters == nil {
			st.globIters = map[*globSite][]string{}
		}
		rest, going := st.globIters[site]
		if !going {
			rest = cshGlob(arg(fr).String(), fr.it.home())
		}
		if len(rest) == 0 {
			delete(st.globIters, site)
			return value.UndefValue()
		}
		st.globIters[site] = rest[1:]
		return value.StrValue(rest[0])
	}
	return scalar, list
}

// cshGlob is File::Glob's csh_glob, perl's default glob: the pattern is
// split into words at whitespace (quotes keep a word together), each word
// has its braces expanded and a leading ~ replaced by home, and each
// result is matched against the file system (bsd_glob with GLOB_BRACE,
// GLOB_NOMAGIC, GLOB_QUOTE, GLOB_TILDE and GLOB_ALPHASORT): a pattern
// without wildcards comes back as it is, matches are sorted
// case-insensitively, and wildcards do not match a leading dot.
func cshGlob(pattern, home string) []string {
	var out []string
	for _, word := range globWords(pattern) {
		for _, p := range expandBraces(word) {
			if strings.HasPrefix(p, "~") && (len(p) == 1 || p[1] == '/') {
				p = home + p[1:]
			}
			if !hasGlobMagic(p) {
				out = append(out, unquoteGlob(p))
				continue
			}
			matches := globMatch(p)
			sort.Slice(matches, func(i, j int) bool { return ciLess(matches[i], matches[j]) })
			out = append(out, matches...)
		}
	}
	return out
}

// globWords splits a glob pattern at unquoted whitespace, removing the
// quotes.
func globWords(s string) []string {
	var words []string
	var cur strings.Builder
	in, quote := false, byte(0)
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			} else {
				cur.WriteByte(ch)
			}
		case ch == '"' || ch == '\'':
			quote, in = ch, true
		case ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		case ch == '\\' && i+1 < len(s):
			cur.WriteByte(ch)
			cur.WriteByte(s[i+1])
			i++
			in = true
		default:
			cur.WriteByte(ch)
			in = true
		}
	}
	if in {
		words = append(words, cur.String())
	}
	return words
}

// expandBraces expands the first {a,b} group of p, recursively; "{}" is
// left alone.
func expandBraces(p string) []string {
	depth, start := 0, -1
	var commas []int
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '{':
			if depth == 0 {
				if i+1 < len(p) && p[i+1] == '}' {
					i++
					continue
				}
				start = i
				commas = commas[:0]
			}
			depth++
		case ',':
			if depth == 1 {
				commas = append(commas, i)
			}
		case '}':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 {
				pre, post := p[:start], p[i+1:]
				bounds := append(append([]int{start}, commas...), i)
				var out []string
				for k := 0; k+1 < len(bounds); k++ {
					alt := p[bounds[k]+1 : bounds[k+1]]
					out = append(out, expandBraces(pre+alt+post)...)
				}
				return out
			}
		}
	}
	return []string{p}
}

// hasGlobMagic reports whether p has an unescaped wildcard.
func hasGlobMagic(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '*', '?', '[':
			return true
		}
	}
	return false
}

// unquoteGlob removes the backslashes of GLOB_QUOTE.
func unquoteGlob(p string) string {
	if !strings.Contains(p, "\\") {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '\\' && i+1 < len(p) {
			i++
		}
		b.WriteByte(p[i])
	}
	return b.String()
}

// globMatch walks the file system one path component at a time, matching
// the components with wildcards against directory entries.
func globMatch(p string) []string {
	comps := strings.Split(p, "/")
	bases := []string{""}
	if strings.HasPrefix(p, "/") {
		bases, comps = []string{"/"}, comps[1:]
	}
	for i, comp := range comps {
		last := i == len(comps)-1
		if comp == "" {
			if last {
				// A trailing slash matches directories only.
				var dirs []string
				for _, b := range bases {
					if fi, err := os.Stat(b); err == nil && fi.IsDir() {
						dirs = append(dirs, b)
					}
				}
				return dirs
			}
			continue
		}
		var next []string
		for _, b := range bases {
			if !hasGlobMagic(comp) {
				name := b + unquoteGlob(comp)
				if _, err := os.Lstat(name); err == nil {
					next = append(next, name+slashIf(!last))
				}
				continue
			}
			dir := b
			if dir == "" {
				dir = "."
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				continue
			}
			pat := strings.ReplaceAll(comp, "[!", "[^")
			for _, e := range entries {
				n := e.Name()
				if n[0] == '.' && comp[0] != '.' {
					continue
				}
				if ok, _ := filepath.Match(pat, n); ok {
					if !last {
						if fi, err := os.Stat(b + n); err != nil || !fi.IsDir() {
							continue
						}
					}
					next = append(next, b+n+slashIf(!last))
				}
			}
		}
		bases = next
	}
	return bases
}

func slashIf(b bool) string {
	if b {
		return "/"
	}
	return ""
}

// ciLess is bsd_glob's GLOB_ALPHASORT order: case-insensitive, then
// byte order.
func ciLess(a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if la != lb {
		return la < lb
	}
	return a < b
}

// home is the script's $ENV{HOME}, for ~ in globs.
func (it *Interp) home() string { return it.glob("main::ENV").Hash.Get("HOME").String() }
