package interp

import (
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
)

// argvHandle is the handle <> reads next: the current file of @ARGV while
// it has input, else the next file that opens (a file that does not
// warns "Can't open NAME: ERROR." and is skipped), else STDIN when @ARGV
// was empty from the start. $ARGV names the current file, and $.
// continues from file to file, as ARGV is never closed in between unless
// the script closes it.
func (it *Interp) argvHandle() *Glob {
	g := it.glob("main::ARGV")
	stdin := it.glob("main::STDIN")
	for {
		if g.IO != nil && !g.IO.EOF(it.ctx) {
			return g
		}
		if g.Array.Len() == 0 {
			if !it.argvUsed {
				it.argvUsed = true
				if g.IO == nil {
					*g.Scalar = value.StrValue("-")
					it.argvStdin = true
					return stdin
				}
			}
			if it.argvStdin {
				return stdin
			}
			return g
		}
		it.argvUsed = true
		name := g.Array.Shift().String()
		var line int64
		if g.IO != nil {
			line = g.IO.LineNo()
			g.IO.Close()
		}
		var h *perlio.Handle
		var err error
		if name == "-" {
			h, err = stdin.IO, nil
		} else {
			h, err = perlio.Open(name, "<")
		}
		if err != nil {
			it.setErrno(err)
			it.warnMsg("Can't open " + name + ": " + it.errnoValue().String() + ".\n")
			continue
		}
		h.SetLineNo(line)
		g.IO = h
		*g.Scalar = value.StrValue(name)
	}
}

// argvEOF is eof(): true when <> has no more input, in the current file or
// any file still in @ARGV (opening the next one, as perl does).
func (it *Interp) argvEOF() bool {
	g := it.argvHandle()
	return g.IO == nil || g.IO.EOF(it.ctx)
}
