package interp

import (
	"github.com/miniperl/miniperl/value"
)

// errnoHash is %!, the Errno hash: every errno name is a key, and the
// names of the current $! hold its number while the others hold 0, so
// `$!{ENOENT}` is true exactly when $! is ENOENT. The hash is brought up
// to date when the script reads it.
func (it *Interp) errnoHash() *value.Hash {
	g := it.glob("main::!")
	if !it.sys.errnoFilled {
		for name := range errnoNames {
			*g.Hash.Elem(name) = value.IntValue(0)
		}
		it.sys.errnoFilled = true
	}
	if it.sys.errnoShown != it.errno {
		for name, n := range errnoNames {
			switch n {
			case it.sys.errnoShown:
				*g.Hash.Elem(name) = value.IntValue(0)
			case it.errno:
				*g.Hash.Elem(name) = value.IntValue(int64(n))
			}
		}
		it.sys.errnoShown = it.errno
	}
	return g.Hash
}
