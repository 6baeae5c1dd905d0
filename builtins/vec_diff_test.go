package builtins

import (
	"encoding/hex"
	"flag"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/miniperl/miniperl/value"
)

// A differential test of vec against perl: seeded random strings (with
// high bytes and NULs), offsets (inside, just past and far beyond the
// string, negative, past the signed range) and widths, read with
// vec(STRING, OFFSET, BITS) and assigned with vec(...) = VALUE, values at
// and beyond the width's limits. All cases go to perl in one batch.

var (
	vecFuzzN    = flag.Int("vecfuzz.n", 400, "number of random vec cases checked against perl")
	vecFuzzSeed = flag.Int64("vecfuzz.seed", 1, "seed for the random vec cases")
)

// vecGen builds random vec cases.
type vecGen struct {
	r *rand.Rand
}

// vecWidths are the legal widths, each drawn often.
var vecWidths = []int64{1, 2, 4, 8, 16, 32, 64}

// str returns a random byte string, often with high bytes and NULs.
func (g *vecGen) str() string {
	b := make([]byte, g.r.Intn(20))
	for i := range b {
		switch g.r.Intn(3) {
		case 0:
			b[i] = byte(0x80 + g.r.Intn(0x80))
		case 1:
			b[i] = []byte{0, 0xff, 1, 0x7f}[g.r.Intn(4)]
		default:
			b[i] = byte(g.r.Intn(256))
		}
	}
	return string(b)
}

// bits returns a width: mostly legal ones, sometimes illegal or odd
// (above 64, negative, with only the low 32 bits legal).
func (g *vecGen) bits() value.Scalar {
	if g.r.Intn(12) > 0 {
		return value.IntValue(vecWidths[g.r.Intn(len(vecWidths))])
	}
	switch g.r.Intn(4) {
	case 0:
		return value.FloatValue([]float64{8.9, 1.5, 0.5}[g.r.Intn(3)])
	case 1:
		return value.StrValue([]string{"16", "8abc", "", " 4"}[g.r.Intn(4)])
	}
	return value.IntValue([]int64{0, 3, 6, 12, 128, 256, -8, -1, 1<<32 + 8, 1<<32 + 3, 1 << 31}[g.r.Intn(11)])
}

// offset returns an element offset for a string of n bytes read at width
// bits: inside, at and just past the end, far beyond it, or out of range.
// Offsets written to stay small, as perl would allocate what they ask.
func (g *vecGen) offset(n int, bits int64, write bool) value.Scalar {
	per := int64(1)
	if bits > 0 && bits < 8 {
		per = 8 / bits
	}
	elems := int64(n) * per
	if bits > 8 {
		elems = int64(n) / (bits / 8)
	}
	switch g.r.Intn(10) {
	case 0:
		return value.IntValue(-1 - g.r.Int63n(1000))
	case 1:
		if write {
			return value.IntValue(elems + g.r.Int63n(200))
		}
		return value.IntValue([]int64{1 << 30, 1 << 40, math.MaxInt64, math.MaxInt64 / 8, math.MaxInt64/2 + 1}[g.r.Intn(5)])
	case 2:
		return value.StrValue([]string{"18446744073709551615", "9223372036854775808", "3abc", "", "1e3", "-0"}[g.r.Intn(6)])
	case 3:
		return value.FloatValue([]float64{1.9, -0.5, 9.3e18, 1e19, 2.5, 0.999}[g.r.Intn(6)])
	case 4:
		return value.IntValue(elems + g.r.Int63n(3))
	}
	return value.IntValue(g.r.Int63n(elems + 2))
}

// val returns a value to store at width bits: at and beyond the width's
// limit, negative, fractional, huge.
func (g *vecGen) val(bits int64) value.Scalar {
	w := uint(bits)
	if w > 64 {
		w = 64
	}
	lim := uint64(1)<<w - 1
	if w == 64 {
		lim = math.MaxUint64
	}
	switch g.r.Intn(8) {
	case 0:
		return value.UintValue(lim)
	case 1:
		return value.UintValue(lim + 1)
	case 2:
		return value.UintValue(lim + 1 + uint64(g.r.Intn(300)))
	case 3:
		return value.IntValue(-1 - g.r.Int63n(300))
	case 4:
		return value.FloatValue([]float64{1e20, -1e20, 2.5, -2.5, 1.8446744073709552e19, 9.2233720368547758e18, math.Inf(1)}[g.r.Intn(7)])
	case 5:
		return value.StrValue([]string{"18446744073709551615", "18446744073709551616", "0x10", "7abc", "", "-0"}[g.r.Intn(6)])
	case 6:
		return value.UndefValue()
	}
	return value.UintValue(g.r.Uint64() & lim)
}

// vecRequest and vecAssignRequest build request lines for the oracle.
func vecRequest(s string, off, bits value.Scalar) string {
	return "G " + hex.EncodeToString([]byte(s)) + encodeArgs([]value.Scalar{off, bits})
}

func vecAssignRequest(s string, off, bits, val value.Scalar) string {
	return "W " + hex.EncodeToString([]byte(s)) + encodeArgs([]value.Scalar{off, bits, val})
}

// goVecAnswer is our answer to a G request.
func goVecAnswer(s string, off, bits value.Scalar) string {
	v, err := VecGet(s, VecOffsetOf(off), bits.Int())
	return answer(strconv.FormatUint(v, 10), err)
}

// goVecAssignAnswer is our answer to a W request, in pp_vec's order: the
// element is read first (so an illegal width fails even where the
// assignment could not happen), then stored, then read back as the
// assignment's value.
func goVecAssignAnswer(s string, off, bits, val value.Scalar) string {
	o, b := VecOffsetOf(off), bits.Int()
	if _, err := VecGet(s, o, b); err != nil {
		return answer("", err)
	}
	out, err := VecSet(s, o, b, val.Uint())
	if err != nil {
		return answer("", err)
	}
	v, err := VecGet(out, o, b)
	return answer(hex.EncodeToString([]byte(out))+" "+strconv.FormatUint(v, 10), err)
}

func TestVecDifferential(t *testing.T) {
	perl := perlPath()
	if perl == "" {
		t.Skip("perl is not installed; the vec differential test needs it")
	}
	g := &vecGen{r: rand.New(rand.NewSource(*vecFuzzSeed))}
	var requests, got []string
	skipped := 0
	for i := 0; i < *vecFuzzN; i++ {
		s := g.str()
		bits := g.bits()
		if g.r.Intn(2) == 0 {
			off := g.offset(len(s), bits.Int(), false)
			requests = append(requests, vecRequest(s, off, bits))
			got = append(got, goVecAnswer(s, off, bits))
			continue
		}
		off := g.offset(len(s), bits.Int(), true)
		val := g.val(bits.Int())
		ans := goVecAssignAnswer(s, off, bits, val)
		if o := VecOffsetOf(off); o.Range == VecInRange && o.N > 1<<16 {
			// perl would allocate whatever the offset asks.
			skipped++
			continue
		}
		requests = append(requests, vecAssignRequest(s, off, bits, val))
		got = append(got, ans)
	}
	want := askPerl(t, perl, requests)
	compareAnswers(t, requests, want, got)
	t.Logf("%d vec cases compared with perl (seed %d); %d skipped (offsets perl would allocate for)", len(requests), *vecFuzzSeed, skipped)
}

// TestVecGolden checks fixed vec cases against perl's saved answers, so
// that the edge cases stay covered where perl is not installed.
func TestVecGolden(t *testing.T) {
	type c struct {
		s              string
		off, bits, val value.Scalar
		assign         bool
	}
	i, f, str := value.IntValue, value.FloatValue, value.StrValue
	cases := []c{
		{s: "abc", off: i(0), bits: i(8)},
		{s: "\xff\xfe", off: i(3), bits: i(4)},
		{s: "\xff\xfe", off: i(15), bits: i(1)},
		{s: "\x80\x00\x00\x01", off: i(0), bits: i(32)},
		{s: "\x80\x00\x00\x01\xff\xff\xff\xff", off: i(0), bits: i(64)},
		{s: "\x80\x00\x00", off: i(0), bits: i(32)},
		{s: "abc", off: i(math.MaxInt64), bits: i(8)},
		{s: "abc", off: str("18446744073709551615"), bits: i(8)},
		{s: "abc", off: f(1e19), bits: i(16)},
		{s: "abc", off: i(-1), bits: i(8)},
		{s: "abc", off: i(0), bits: i(3)},
		{s: "abc", off: i(0), bits: i(1<<32 + 8)},
		{s: "abcdefghijklmnopq", off: i(0), bits: i(128)},
		{s: "abcdefgh", off: i(0), bits: i(128)},
		{s: "", off: i(3), bits: i(8), val: i(300), assign: true},
		{s: "\xff", off: i(1), bits: i(4), val: i(-1), assign: true},
		{s: "ab", off: i(1), bits: i(16), val: str("18446744073709551616"), assign: true},
		{s: "ab", off: i(0), bits: i(64), val: f(1e20), assign: true},
		{s: "ab", off: i(0), bits: i(64), val: f(-2.5), assign: true},
		{s: "ab", off: i(-3), bits: i(8), val: i(1), assign: true},
		{s: "ab", off: str("18446744073709551615"), bits: i(8), val: i(1), assign: true},
		{s: "ab", off: i(1), bits: i(128), val: i(1), assign: true},
		{s: "ab", off: i(1), bits: i(5), val: i(1), assign: true},
		{s: "ab", off: i(7), bits: i(1), val: value.UndefValue(), assign: true},
	}
	var requests, got []string
	for _, k := range cases {
		if k.assign {
			requests = append(requests, vecAssignRequest(k.s, k.off, k.bits, k.val))
			got = append(got, goVecAssignAnswer(k.s, k.off, k.bits, k.val))
		} else {
			requests = append(requests, vecRequest(k.s, k.off, k.bits))
			got = append(got, goVecAnswer(k.s, k.off, k.bits))
		}
	}
	want := expected(t, "vec.golden", requests)
	compareAnswers(t, requests, want, got)
}

// describeVec is describe for vec requests.
func describeVec(req string) string {
	f := strings.Split(req, " ")
	if len(f) < 3 {
		return req
	}
	s, _ := hex.DecodeString(f[1])
	return "vec(" + strconv.Quote(string(s)) + ", " + strings.Join(f[2:], ", ") + ")"
}
