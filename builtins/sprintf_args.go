package builtins

import (
	"math"
	"strconv"

	"github.com/miniperl/miniperl/value"
)

// perl caches conversions in the scalar itself: once sprintf has read an
// argument as an integer or a number, later directives of the same call
// that use the same argument (through %N$ or *N$) see the cached forms.
// This changes three things, reproduced here:
//
//   - a string read as a number is judged infinite or NaN by its value
//     ("1e400" prints as Inf), not by its spelling;
//   - a width or precision from a scalar holding an unsigned integer above
//     IV_MAX overflows, where a fresh one wraps to a negative width;
//     strings of such integers are held as one after any numeric read;
//   - a whole double read as an integer stringifies as that integer
//     (%s of 1e15 gives 1000000000000000, of -0.0 gives 0).

// argRead records what has been cached in an argument.
type argRead uint8

const (
	readInt argRead = 1 << iota // read by SvIV/SvUV
	readNum                     // read by SvNV
)

// read returns what has been cached in argument i.
func (f *formatter) read(i int) argRead {
	if i < len(f.reads) {
		return f.reads[i]
	}
	return 0
}

func (f *formatter) mark(i int, r argRead) {
	if i >= len(f.args) {
		return
	}
	if f.reads == nil {
		f.reads = make([]argRead, len(f.args))
	}
	f.reads[i] |= r
}

// markInt records an integer read of argument i. Reading a string as an
// integer caches its number too.
func (f *formatter) markInt(i int) {
	if i < len(f.args) && f.args[i].Kind() == value.Str {
		f.mark(i, readInt|readNum)
		return
	}
	f.mark(i, readInt)
}

// markNum records a numeric read of argument i.
func (f *formatter) markNum(i int) { f.mark(i, readNum) }

// cachedUV reports whether argument i already holds an unsigned integer
// above IV_MAX: after an integer read of a large value, or after a
// numeric read of a string that is such an integer, which perl converts
// exactly and keeps.
func (f *formatter) cachedUV(i int) bool {
	v, _ := f.argAt(i)
	r := f.read(i)
	if r&readInt != 0 {
		return heldAsUV(v)
	}
	if r&readNum != 0 && v.Kind() == value.Str {
		_, isUV, ok := strInt(v.String())
		return ok && isUV
	}
	return false
}

// infNaN is perl's isinfnansv for argument i in its current state.
func (f *formatter) infNaN(i int) (float64, bool) {
	v, _ := f.argAt(i)
	if v.Kind() == value.Str && f.read(i) != 0 {
		nv := strNV(v.String())
		return nv, isInfNaN(nv)
	}
	return infNaNArg(v)
}

// str is perl's stringification of argument i in its current state.
func (f *formatter) str(i int) string {
	v, _ := f.argAt(i)
	if v.Kind() == value.Float && f.read(i)&readInt != 0 {
		x := v.Float()
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return strconv.FormatInt(int64(x), 10)
		}
	}
	return v.String()
}
