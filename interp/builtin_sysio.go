package interp

import (
	"math"
	"time"

	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// The system-call I/O built-ins: sysread, read, syswrite, send, recv,
// socketpair, 4-argument select and vec. Each follows its pp_ function in
// perl's pp_sys.c / doop.c step by step, because scripts observe the order
// of the checks: sysread dies on a negative length even on a closed
// handle, while syswrite reports the closed handle first.

// maxReadLen is the most one read(2) transfers on Linux (0x7ffff000). A
// larger LENGTH for sysread or recv can never be filled by one call, so
// asking for more only allocates memory that stays unused.
const maxReadLen = 0x7ffff000

// maxStringLen bounds the strings sysread's OFFSET may grow
// (builtins.VecMaxLen does the same for vec). perl would try to allocate
// whatever the script asks and abort; dying with perl's "Out of memory!"
// keeps the host process alive.
const maxStringLen = 1 << 31

// sysioCall compiles sysread, syswrite, read, send, recv and socketpair.
func (c *compiler) sysioCall(x *parser.Call) scalarFn {
	switch x.Name {
	case "sysread", "read":
		return c.readCall(x)
	case "recv":
		return c.recvCall(x)
	case "syswrite", "send":
		return c.writeCall(x)
	}
	return c.socketpairCall(x)
}

// argCount fails the compilation unless x has between min and max
// arguments, with perl's messages.
func (c *compiler) argCount(x *parser.Call, min, max int) {
	if len(x.Args) < min {
		c.fail(x.At().Line, "Not enough arguments for %s", x.Name)
	}
	if len(x.Args) > max {
		c.fail(x.At().Line, "Too many arguments for %s", x.Name)
	}
}

// ioHandle returns g's handle for the I/O built-in op, or nil after
// setting $! to EBADF and, under -w, warning as perl's report_evil_fh
// does. Socket built-ins name the handle a socket in the warning.
func (it *Interp) ioHandle(g *Glob, op, file string, line int) *perlio.Handle {
	if g != nil && g.IO != nil && g.IO.Opened() {
		return g.IO
	}
	it.errno = int(unix.EBADF)
	if it.warnOn(wAll, file, line) {
		vile, kind, name := "unopened", "filehandle", ""
		if g != nil && g.IO != nil {
			vile = "closed"
		}
		if op == "send" || op == "recv" {
			kind = "socket"
		}
		if g != nil && g.Name != "" {
			name = " " + g.Name
		}
		it.warnAt(file, line, "%s() on %s %s%s", op, vile, kind, name)
	}
	return nil
}

// wrongWay warns under -w, as perl's report_wrongway_fh, that a handle
// was used against the direction it was opened in.
func (it *Interp) wrongWay(g *Glob, only, file string, line int) {
	if g != nil && it.warnOn(wIO, file, line) {
		it.warnAt(file, line, "Filehandle %s opened only for %s", g.Name, only)
	}
}

// readCall compiles sysread and read (FH, SCALAR, LENGTH [, OFFSET]):
// the data replaces SCALAR from OFFSET on (negative counts from the end,
// past the end pads with NULs), and the call returns the count read (bytes,
// or characters for read on a :utf8 handle), 0 at end of file, or undef
// with $! set.
func (c *compiler) readCall(x *parser.Call) scalarFn {
	c.argCount(x, 3, 4)
	h := c.handleArg(x.Args[0], false)
	buf := c.lvalue(x.Args[1])
	length := c.scalar(x.Args[2])
	var offset scalarFn
	if len(x.Args) == 4 {
		offset = c.scalar(x.Args[3])
	}
	name, file, line := x.Name, c.file, c.line
	inplace := name == "sysread" && offset == nil && c.inplaceTarget(x.Args[1])
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := h(fr)
		p := buf(fr)
		n := length(fr).Int()
		var off int64
		if offset != nil {
			off = offset(fr).Int()
		}
		if p.IsUndef() {
			*p = value.StrValue("")
		}
		if n < 0 {
			it.dieAt(file, line, "Negative length")
		}
		it.errno = 0
		hd := it.ioHandle(g, name, file, line)
		if hd == nil {
			return value.UndefValue()
		}
		if name == "sysread" && hd.UTF8() {
			it.dieAt(file, line, "sysread() isn't allowed on :utf8 handles")
		}
		s := p.String()
		if off < 0 {
			if -off > int64(len(s)) {
				it.dieAt(file, line, "Offset outside string")
			}
			off += int64(len(s))
		}
		if off > maxStringLen {
			it.dieAt(file, line, "Out of memory!")
		}
		var data []byte
		var err error
		count := 0
		switch {
		case inplace:
			var got int
			if got, err = it.sysreadInPlace(hd, p, int(min(n, maxReadLen))); err == nil {
				return value.IntValue(int64(got))
			}
		case name == "sysread":
			var str string
			if str, err = it.sysreadString(hd, int(min(n, maxReadLen))); err == nil {
				storeStringAt(p, s, int(off), str)
				return value.IntValue(int64(len(str)))
			}
		case hd.UTF8():
			data, count, err = readChars(it, hd, int(n))
		default:
			data, err = hd.Read(it.ctx, int(n))
			count = len(data)
		}
		if err != nil {
			it.checkCancel(err)
			it.setErrno(err)
			if hd.Opened() && !hd.CanRead() {
				it.wrongWay(g, "output", file, line)
			}
			return value.UndefValue()
		}
		if name == "read" && hd.UTF8() {
			storeChars(p, int(off), data)
			return value.IntValue(int64(count))
		}
		storeAt(p, s, int(off), data)
		return value.IntValue(int64(count))
	}
}

// readChars is read on a :utf8 handle, where LENGTH counts characters:
// up to n of them, fewer at end of file, and how many there were.
func readChars(it *Interp, hd *perlio.Handle, n int) ([]byte, int, error) {
	var out []byte
	count := 0
	for count < n {
		ch, ok, err := hd.Getc(it.ctx)
		if err != nil {
			if count > 0 && it.ctx.Err() == nil {
				// Like read on bytes: what arrived before an error
				// is returned.
				break
			}
			return nil, 0, err
		}
		if !ok {
			break
		}
		out = append(out, ch...)
		count++
	}
	return out, count, nil
}

// storeAt sets *p, whose string value is s, to s cut or padded with NULs
// to off bytes, followed by data: what sysread and read leave in their
// buffer. Reading onto the end, the usual way to collect a message, appends
// in place.
func storeAt(p *value.Scalar, s string, off int, data []byte) {
	if off == len(s) && p.Kind() == value.Str && len(data) > 0 {
		p.AppendString(string(data))
		return
	}
	b := make([]byte, off+len(data))
	copy(b, s[:min(off, len(s))])
	copy(b[off:], data)
	*p = value.StrValue(string(b))
}

// storeStringAt is storeAt for data the caller owns as a string: stored
// at offset 0 it becomes the value without a copy.
func storeStringAt(p *value.Scalar, s string, off int, data string) {
	if off == 0 {
		*p = value.StrValue(data)
		return
	}
	storeAt(p, s, off, stringBytes(data))
}

// recvCall compiles recv(SOCK, SCALAR, LENGTH, FLAGS): one receive into
// SCALAR, returning the sender's packed address ("" on a connected stream
// socket) or undef with $! set.
func (c *compiler) recvCall(x *parser.Call) scalarFn {
	c.argCount(x, 4, 4)
	h := c.handleArg(x.Args[0], false)
	buf := c.lvalue(x.Args[1])
	length, flags := c.scalar(x.Args[2]), c.scalar(x.Args[3])
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := h(fr)
		p := buf(fr)
		n := length(fr).Int()
		fl := int(flags(fr).Int())
		if p.IsUndef() {
			*p = value.StrValue("")
		}
		if n < 0 {
			it.dieAt(file, line, "Negative length")
		}
		it.errno = 0
		hd := it.ioHandle(g, "recv", file, line)
		if hd == nil {
			return value.UndefValue()
		}
		if hd.UTF8() {
			it.dieAt(file, line, "recv() isn't allowed on :utf8 handles")
		}
		data, from, err := hd.Recv(it.ctx, int(min(n, maxReadLen)), fl)
		if err != nil {
			it.checkCancel(err)
			it.setErrno(err)
			return value.UndefValue()
		}
		*p = value.StrValue(string(data))
		return value.StrValue(string(from))
	}
}

// writeCall compiles syswrite(FH, SCALAR [, LENGTH [, OFFSET]]) and
// send(SOCK, MSG, FLAGS [, TO]): unbuffered writes returning the bytes
// written, or undef with $! set.
func (c *compiler) writeCall(x *parser.Call) scalarFn {
	if x.Name == "send" {
		c.argCount(x, 3, 4)
	} else {
		c.argCount(x, 2, 4)
	}
	h := c.handleArg(x.Args[0], false)
	rest := make([]scalarFn, len(x.Args)-1)
	for i, a := range x.Args[1:] {
		rest[i] = c.scalar(a)
	}
	name, file, line := x.Name, c.file, c.line
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := h(fr)
		// Every argument is evaluated before any check, as perl puts
		// them all on the stack first.
		var args [3]value.Scalar
		for i, f := range rest {
			args[i] = f(fr)
		}
		it.errno = 0
		hd := it.ioHandle(g, name, file, line)
		if hd == nil {
			return value.UndefValue()
		}
		if !hd.CanWrite() {
			it.errno = int(unix.EBADF)
			it.wrongWay(g, "input", file, line)
			return value.UndefValue()
		}
		if hd.UTF8() {
			it.dieAt(file, line, "%s() isn't allowed on :utf8 handles", name)
		}
		s := args[0].String()
		if args[0].IsUTF8() {
			// Characters go out as bytes when they all fit in one.
			b, ok := value.Downgrade(s)
			if !ok {
				it.dieAt(file, line, "Wide character in %s", name)
			}
			s = b
		}
		var n int
		var err error
		if name == "send" {
			var to []byte
			if len(rest) == 3 {
				to = []byte(args[2].String())
			}
			n, err = hd.Send(it.ctx, stringBytes(s), int(args[1].Int()), to)
		} else {
			start, end := 0, len(s)
			if len(rest) > 1 {
				l := args[1].Int()
				if l < 0 {
					it.dieAt(file, line, "Negative length")
				}
				if len(rest) > 2 {
					off := args[2].Int()
					if off < 0 {
						if -off > int64(len(s)) {
							it.dieAt(file, line, "Offset outside string")
						}
						off += int64(len(s))
					} else if off > int64(len(s)) {
						it.dieAt(file, line, "Offset outside string")
					}
					start = int(off)
				}
				end = start + int(min(l, int64(len(s)-start)))
			}
			n, err = hd.SysWrite(it.ctx, stringBytes(s[start:end]))
		}
		if err != nil {
			it.checkCancel(err)
			it.setErrno(err)
			return value.UndefValue()
		}
		return value.IntValue(int64(n))
	}
}

// socketpairCall compiles socketpair(S1, S2, DOMAIN, TYPE, PROTOCOL). Like
// socket, it closes handles already open, autovivifies undef scalars
// (socketpair(my $a, my $b, ...)) and returns true, or undef with $! set.
func (c *compiler) socketpairCall(x *parser.Call) scalarFn {
	c.argCount(x, 5, 5)
	h1, h2 := c.handleArg(x.Args[0], true), c.handleArg(x.Args[1], true)
	dom, typ, proto := c.scalar(x.Args[2]), c.scalar(x.Args[3]), c.scalar(x.Args[4])
	return func(fr *frame) value.Scalar {
		it := fr.it
		g1, g2 := h1(fr), h2(fr)
		d, t, p := int(dom(fr).Int()), int(typ(fr).Int()), int(proto(fr).Int())
		if g1 == nil || g2 == nil {
			it.errno = int(unix.EBADF)
			return value.UndefValue()
		}
		for _, g := range []*Glob{g1, g2} {
			if g.IO != nil {
				g.IO.Close()
				g.IO = nil
			}
		}
		a, b, err := it.sockets().SocketPair(d, t, p)
		if err != nil {
			it.setErrno(err)
			return value.UndefValue()
		}
		a.SetName(g1.Name)
		b.SetName(g2.Name)
		g1.IO, g2.IO = a, b
		return value.IntValue(1)
	}
}

// bitsArg is one bit-vector argument of 4-argument select: a variable that
// select rewrites, or a value it only reads.
type bitsArg struct {
	lv       lvalueFn
	val      scalarFn
	readonly bool // a literal: perl refuses to modify it
}

// selectLvalue reports whether a select bit-vector argument names a
// variable, which select then modifies in place, as perl does.
func selectLvalue(n parser.Node) bool {
	switch x := n.(type) {
	case *parser.Var:
		return x.Sigil == '$'
	case *parser.Elem:
		return true
	case *parser.Deref:
		return x.Sigil == '$'
	case *parser.Decl:
		return len(x.Vars) == 1 && !x.Paren
	case *parser.Assign:
		// select($rout = $rin, ...): the assigned variable.
		return !isListAssign(x.L) && selectLvalue(x.L)
	case *parser.Ternary:
		return selectLvalue(x.Then) && selectLvalue(x.Else)
	case *parser.List:
		return len(x.Items) == 1 && selectLvalue(x.Items[0])
	}
	return false
}

// select4Fn compiles 4-argument select(RBITS, WBITS, EBITS, TIMEOUT) into
// a function returning nfound and, when a timeout was given, the time left.
func (c *compiler) select4Fn(x *parser.Call) func(*frame) (nfound int64, left float64, hasLeft bool) {
	var bits [3]bitsArg
	for i, a := range x.Args[:3] {
		switch a.(type) {
		case *parser.NumberLit, *parser.StringLit:
			bits[i].readonly = true
		}
		if selectLvalue(a) {
			bits[i].lv = c.lvalue(a)
		} else {
			bits[i].val = c.scalar(a)
		}
	}
	timeout := c.scalar(x.Args[3])
	file, line := c.file, c.line
	return func(fr *frame) (int64, float64, bool) {
		it := fr.it
		var ptrs [3]*value.Scalar
		var vals [3]value.Scalar
		for i, b := range bits {
			if b.lv != nil {
				ptrs[i] = b.lv(fr)
				vals[i] = *ptrs[i]
			} else {
				vals[i] = b.val(fr)
			}
		}
		t := timeout(fr)

		var sets [3][]int
		var lens [3]int
		for i, v := range vals {
			if v.IsUndef() {
				continue
			}
			k := v.Kind()
			isStr := k == value.Str || k == value.Dual
			if bits[i].readonly && !(isStr && v.String() == "") {
				it.dieAt(file, line, "Modification of a read-only value attempted")
			}
			if !isStr {
				if it.warnOn(wAll, file, line) {
					it.warnAt(file, line, "Non-string passed as bitmask")
				}
				// perl turns the value into its string for good.
				v = value.StrValue(v.String())
				if ptrs[i] != nil {
					*ptrs[i] = v
				}
			}
			s := v.String()
			lens[i] = len(s)
			sets[i] = bitsToFds(s)
		}

		wait := time.Duration(-1)
		if !t.IsUndef() {
			wait = selectTimeout(t.Float())
		}
		begin := time.Now()
		err := checkFds(sets)
		var r, w, e []int
		if err == nil {
			r, w, e, err = perlio.Select(it.ctx, sets[0], sets[1], sets[2], wait)
		}
		var nfound int64
		if err != nil {
			it.checkCancel(err)
			it.setErrno(err)
			// select(2) leaves the sets alone when it fails.
			nfound = -1
		} else {
			nfound = int64(len(r) + len(w) + len(e))
			for i, ready := range [3][]int{r, w, e} {
				if ptrs[i] != nil && lens[i] > 0 {
					*ptrs[i] = value.StrValue(fdsToBits(ready, lens[i]))
				}
			}
		}
		if wait < 0 {
			return nfound, 0, false
		}
		// Linux's select(2) leaves the time not waited in the timeval,
		// which perl returns in seconds and microseconds.
		rest := max(wait-time.Since(begin), 0)
		if err == nil && nfound == 0 {
			rest = 0
		}
		return nfound, float64(rest/time.Second) + float64((rest%time.Second)/time.Microsecond)/1e6, true
	}
}

// select4 compiles 4-argument select in scalar context: the number of
// ready descriptors, 0 on timeout, -1 with $! set on error. The bit
// vectors given as variables are rewritten to show the ready descriptors.
func (c *compiler) select4(x *parser.Call) scalarFn {
	f := c.select4Fn(x)
	return func(fr *frame) value.Scalar {
		n, _, _ := f(fr)
		return value.IntValue(n)
	}
}

// select4List compiles 4-argument select in list context: (nfound,
// timeleft), or just (nfound) when the timeout was undef. builtinList
// must dispatch "select" with four arguments here for scripts to see
// timeleft; until it does, list context gets select4's single value.
func (c *compiler) select4List(x *parser.Call) listFn {
	f := c.select4Fn(x)
	return func(fr *frame) []value.Scalar {
		n, left, ok := f(fr)
		if !ok {
			return []value.Scalar{value.IntValue(n)}
		}
		return []value.Scalar{value.IntValue(n), value.FloatValue(left)}
	}
}

// checkFds fails with EBADF when a descriptor in the sets is not open,
// as select(2) does. It is checked before waiting because the wait itself
// opens a descriptor (to hear cancellation) that would take the number of
// one the script has just closed, and then look like an idle handle.
func checkFds(sets [3][]int) error {
	for _, set := range sets {
		for _, fd := range set {
			if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == unix.EBADF {
				return err
			}
		}
	}
	return nil
}

// selectTimeout converts select's timeout in seconds as perl does: a
// negative value is 0, and the fraction is cut to whole microseconds.
func selectTimeout(secs float64) time.Duration {
	if !(secs > 0) { // also NaN
		return 0
	}
	if secs >= float64(math.MaxInt64/int64(time.Second)) {
		return time.Duration(math.MaxInt64) // for all practical purposes, for ever
	}
	whole := math.Trunc(secs)
	usec := math.Trunc((secs - whole) * 1e6)
	return time.Duration(whole)*time.Second + time.Duration(usec)*time.Microsecond
}

// bitsToFds lists the descriptors whose bits are set in a select bit
// vector: bit N (bit N%8 of byte N/8, least significant first) is fd N.
func bitsToFds(s string) []int {
	var fds []int
	for i := 0; i < len(s); i++ {
		for b := s[i]; b != 0; b &= b - 1 {
			fds = append(fds, i*8+trailingZeros8(b))
		}
	}
	return fds
}

// trailingZeros8 is the index of the lowest set bit of a non-zero byte.
func trailingZeros8(b byte) int {
	n := 0
	for b&1 == 0 {
		b >>= 1
		n++
	}
	return n
}

// fdsToBits makes a bit vector of n bytes with the bits of fds set.
func fdsToBits(fds []int, n int) string {
	b := make([]byte, n)
	for _, fd := range fds {
		if fd/8 < n {
			b[fd/8] |= 1 << (fd % 8)
		}
	}
	return string(b)
}

// vecCall compiles vec(EXPR, OFFSET, BITS) as a value: the BITS-wide
// element at OFFSET of the string, 0 past its end.
func (c *compiler) vecCall(x *parser.Call) scalarFn {
	args := c.scalarArgs(x, 3, 3)
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		s, o, b := args[0](fr), args[1](fr), args[2](fr)
		return value.UintValue(vecGet(fr.it, s.String(), builtins.VecOffsetOf(o), b.Int(), file, line, true))
	}
}

// isVecCall reports whether n is a call of vec, which as an assignment
// target needs vecAssign.
func isVecCall(n parser.Node) bool {
	call, ok := n.(*parser.Call)
	return ok && call.Name == "vec" && !call.Amp
}

// vecAssign compiles vec(EXPR, OFFSET, BITS) = VALUE and the assignment
// operators on vec (|=, +=, ...). A vec element is bits inside a string,
// not a container of its own, so the assignment rewrites the string that
// EXPR names. The result is the element as stored, like perl's (300
// assigned to an 8-bit element reads back as 44).
func (c *compiler) vecAssign(x *parser.Assign) scalarFn {
	call := x.L.(*parser.Call)
	if len(call.Args) != 3 {
		c.scalarArgs(call, 3, 3) // fails with perl's message
	}
	// The right side of = is evaluated first; an assignment operator
	// reads the element before its right side.
	r := c.scalar(x.R)
	target := c.lvalue(call.Args[0])
	offArg, bitsArg := c.scalar(call.Args[1]), c.scalar(call.Args[2])
	op := x.Op
	var apply opFn
	switch op {
	case "=", "||", "&&", "//":
	default:
		if apply = binaryOp(op); apply == nil {
			c.fail(x.At().Line, "Can't modify vec in %s=", op)
		}
	}
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		it := fr.it
		var val value.Scalar
		if op == "=" {
			val = r(fr)
		}
		p := target(fr)
		off, bits := builtins.VecOffsetOf(offArg(fr)), bitsArg(fr).Int()
		// pp_vec reads the element even for an assignment, so an illegal
		// width dies here whatever the operator.
		old := value.UintValue(vecGet(it, p.String(), off, bits, file, line, true))
		switch op {
		case "=":
		case "||", "&&", "//":
			if op == "||" && old.Bool() || op == "&&" && !old.Bool() || op == "//" {
				// An element is never undef, so //= never assigns.
				return old
			}
			val = r(fr)
		default:
			res, msg := apply(old, r(fr))
			if msg != "" {
				it.dieAt(file, line, "%s", msg)
			}
			val = res
		}
		s, err := builtins.VecSet(p.String(), off, bits, val.Uint())
		if err != nil {
			it.dieAt(file, line, "%s", err.Error())
		}
		if int32(bits) == 64 && it.warnOn(wOther, file, line) {
			it.warnAt(file, line, "Bit vector size > 32 non-portable")
		}
		*p = value.StrValue(s)
		return value.UintValue(vecGet(it, s, off, bits, file, line, false))
	}
}

// vecGet is builtins.VecGet with perl's warning for 64-bit elements and
// its error raised as a die. warn is false for the re-read after an
// assignment, which perl does not do.
func vecGet(it *Interp, s string, off builtins.VecOffset, bits int64, file string, line int, warn bool) uint64 {
	if warn && off.Range == builtins.VecInRange && int32(bits) == 64 && it.warnOn(wOther, file, line) {
		it.warnAt(file, line, "Bit vector size > 32 non-portable")
	}
	v, err := builtins.VecGet(s, off, bits)
	if err != nil {
		it.dieAt(file, line, "%s", err.Error())
	}
	return v
}
