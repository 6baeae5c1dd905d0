package interp

import (
	"reflect"
	"strings"
	"unsafe"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
)

// A sysread loop (while (sysread($c, $buf, 65536)) { syswrite(...$buf...) })
// would allocate a fresh string for $buf on every call, where perl reuses
// $buf's buffer; the allocation and the garbage collection it brings cost
// more than the system call. When nothing but sysread, syswrite and send
// ever touches a lexical named $buf in the whole file, no copy of its value
// can exist anywhere, so sysread may read into the bytes $buf already holds.

// inplaceNames finds the scalar names whose every use in the tree is as
// sysread's buffer or as the data of syswrite or send. A string eval, which
// could read any lexical, turns the analysis off.
func inplaceNames(tree *parser.Program) map[string]bool {
	return namesUsedOnlyAs(tree, func(n *parser.Call) parser.Node {
		switch n.Name {
		case "sysread", "syswrite", "send":
			if len(n.Args) >= 2 {
				return n.Args[1]
			}
		}
		return nil
	})
}

// namesUsedOnlyAs finds the scalar names whose every use in the tree is as
// the argument that safeArg picks out of a call (nil for none): a proof,
// by name over the whole file, that no copy of such a variable's value can
// exist beyond what those calls do with it. Any eval turns the analysis
// off, since a string eval could read any lexical.
func namesUsedOnlyAs(tree *parser.Program, safeArg func(*parser.Call) parser.Node) map[string]bool {
	uses := map[string]int{}
	safe := map[string]int{}
	evalString := false
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Pointer:
			if v.IsNil() {
				return
			}
			switch n := v.Interface().(type) {
			case *parser.Var:
				if n.Sigil == '$' {
					uses[n.Name]++
				}
				return
			case *parser.Decl:
				// Declaring is not reading; an initial value assigned
				// is a separate node.
				for _, d := range n.Vars {
					if _, ok := d.(*parser.Var); !ok {
						walk(reflect.ValueOf(d))
					}
				}
				return
			case *parser.LoopVar:
				// An aliasing loop variable: never safe.
				uses[strings.TrimPrefix(n.Name, "$")] += 2
				return
			case *parser.Call:
				if n.Name == "eval" {
					evalString = true
				}
				if arg := safeArg(n); arg != nil {
					if name := plainScalar(arg); name != "" {
						safe[name]++
						if _, decl := arg.(*parser.Decl); decl {
							// The walk skips declared names.
							uses[name]++
						}
					}
				}
			}
			walk(v.Elem())
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(tree))
	out := map[string]bool{}
	if evalString {
		return out
	}
	for name, n := range safe {
		if uses[name] == n {
			out[name] = true
		}
	}
	return out
}

// plainScalar is the name of a plain $name (or my $name) node, else "".
func plainScalar(n parser.Node) string {
	if d, ok := n.(*parser.Decl); ok && len(d.Vars) == 1 {
		n = d.Vars[0]
	}
	if v, ok := n.(*parser.Var); ok && v.Sigil == '$' {
		return v.Name
	}
	return ""
}

// inplaceTarget reports whether sysread may reuse the bytes of its buffer
// argument n: a lexical of the main file that the analysis cleared.
func (c *compiler) inplaceTarget(n parser.Node) bool {
	name := plainScalar(n)
	if name == "" || c.file != c.prog.name || !c.inplace[name] {
		return false
	}
	_, lexical := c.lookup('$', name)
	return lexical
}

// maxInplaceBufs bounds the buffers kept for in-place sysread.
const maxInplaceBufs = 64

// sysreadInPlace reads at most n bytes into the container p, reusing the
// bytes p holds when they are the buffer a previous call left there; p
// becomes exactly the data read.
func (it *Interp) sysreadInPlace(hd *perlio.Handle, p *value.Scalar, n int) (int, error) {
	buf, ok := it.inplaceBufs[p]
	s := p.String()
	if !ok || cap(buf) < n || p.Kind() != value.Str || len(s) == 0 || unsafe.StringData(s) != &buf[:1][0] {
		buf = make([]byte, n)
	}
	buf = buf[:n]
	got, err := hd.SysReadInto(it.ctx, buf)
	if err != nil {
		return 0, err
	}
	if got == 0 {
		*p = value.StrValue("")
		return 0, nil
	}
	if it.inplaceBufs == nil || len(it.inplaceBufs) >= maxInplaceBufs {
		it.inplaceBufs = map[*value.Scalar][]byte{}
	}
	it.inplaceBufs[p] = buf
	*p = value.StrValue(unsafe.String(&buf[0], got))
	return got, nil
}
