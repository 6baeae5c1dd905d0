package interp

import (
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
)

// argvHandle is the handle <> reads next. A pass starts at the first read
// (or the first after the previous pass ended): with @ARGV empty it reads
// STDIN, as if @ARGV were ("-"). Within a pass it returns the current file
// while it has input, else opens the next file of @ARGV (one that cannot
// be opened warns "Can't open NAME: ERROR." and is skipped); with none
// left the pass ends and ARGV is returned at end of file. $ARGV names the
// current file, and $. continues from file to file, as ARGV is never
// closed in between unless the script closes it.
func (it *Interp) argvHandle(file string, line int) *Glob {
	g := it.glob("main::ARGV")
	stdin := it.glob("main::STDIN")
	if !it.argvUsed {
		it.argvUsed = true
		if g.IO != nil && g.IO != stdin.IO {
			g.IO.Close()
		}
		g.IO = nil
		if g.Array.Len() == 0 {
			g.Array.Push(value.StrValue("-"))
		}
	}
	for {
		if g.IO != nil && !g.IO.EOF(it.ctx) {
			return g
		}
		if g.Array.Len() == 0 {
			it.argvUsed = false
			return g
		}
		name := g.Array.Shift().String()
		var h *perlio.Handle
		var err error
		if name == "-" {
			h = stdin.IO
		} else {
			h, err = perlio.Open(name, "<")
		}
		if err != nil {
			it.setErrno(err)
			it.warnMsg(it.withPosition("Can't open "+name+": "+it.errnoValue().String(), file, line))
			continue
		}
		var lineNo int64
		if g.IO != nil {
			// The old file goes only now, so that a warning about
			// the next one still reports its line.
			lineNo = g.IO.LineNo()
			if g.IO != stdin.IO {
				g.IO.Close()
			}
		}
		if h != nil {
			h.SetLineNo(lineNo)
		}
		g.IO = h
		*g.Scalar = value.StrValue(name)
	}
}

// argvEOF is eof(): true when <> has no more input, in the current file or
// any file still in @ARGV (opening the next one, as perl does).
func (it *Interp) argvEOF(file string, line int) bool {
	g := it.argvHandle(file, line)
	return g.IO == nil || g.IO.EOF(it.ctx)
}

// readArgvLines is <> in list context: the records of every remaining
// file of the pass.
func (it *Interp) readArgvLines(sep []byte, size int, file string, line int) []value.Scalar {
	var out []value.Scalar
	for {
		g := it.argvHandle(file, line)
		it.lastRead = g
		if g.IO == nil || !it.argvUsed {
			return out
		}
		var ok bool
		if out, ok = it.readAllRecords(g.IO, sep, size, out); !ok && size == 0 {
			return out
		}
	}
}
