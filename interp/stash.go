package interp

import (
	"strings"

	"github.com/miniperl/miniperl/value"
)

// Symbol tables as hashes: %main::, %Foo::, $::{name}. perl's stash is
// the package's own table; miniperl keeps every glob in one map by full
// name, so a stash is a snapshot made when it is read: the names of the
// package's globs (with their globs as values) and, for nested packages,
// "Name::" keys. Reading it is what scripts do (`keys %Foo::`, `exists
// $main::{name}`); changes to the snapshot do not reach the symbols.

// stashName reports whether a hash name is a stash (ends in "::") and
// gives its package.
func stashName(name string) (string, bool) {
	pkg, ok := strings.CutSuffix(name, "::")
	if !ok {
		return "", false
	}
	pkg = strings.TrimPrefix(pkg, "main::")
	if pkg == "" {
		pkg = "main"
	}
	return pkg, true
}

// stashHash compiles a reference to the stash of pkg.
func stashHash(pkg string) hashFn {
	return func(fr *frame) *value.Hash { return fr.it.stashOf(pkg) }
}

// stashOf builds the symbol table hash of pkg.
func (it *Interp) stashOf(pkg string) *value.Hash {
	h := value.NewHash()
	prefix := pkg + "::"
	for full, g := range it.symbols {
		rest := full
		if pkg != "main" {
			var ok bool
			if rest, ok = strings.CutPrefix(full, prefix); !ok {
				continue
			}
		} else if r, ok := strings.CutPrefix(full, "main::"); ok {
			rest = r
		}
		if rest == "" {
			continue
		}
		if i := strings.Index(rest, "::"); i >= 0 {
			// A nested package: its "Name::" entry.
			if i > 0 {
				if k := rest[:i+2]; !h.Exists(k) {
					*h.Elem(k) = value.StrValue("*" + prefix + k)
				}
			}
			continue
		}
		*h.Elem(rest) = value.GlobValue(g)
	}
	return h
}
