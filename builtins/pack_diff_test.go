package builtins

import (
	"flag"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/miniperl/miniperl/value"
)

// A differential test against perl: seeded random templates with
// matching arguments, packed by both, then unpacked by both (from our
// packed bytes and from random bytes). Everything goes to perl in one
// batch.

var (
	packFuzzN    = flag.Int("packfuzz.n", 300, "number of random pack/unpack cases checked against perl")
	packFuzzSeed = flag.Int64("packfuzz.seed", 1, "seed for the random pack/unpack cases")
)

// packGen builds random templates and arguments.
type packGen struct {
	r *rand.Rand
}

// Letters by the kind of argument they take.
const (
	intLetters   = "cCsSlLqQjJiInNvVUW"
	floatLetters = "fdFD"
	strLetters   = "aAZ"
	bitLetters   = "bBhH"
)

// boundaryInts are integers at the edges of the packed types.
var boundaryInts = []int64{0, 1, -1, 2, 7, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769,
	65535, 65536, 1<<31 - 1, 1 << 31, -1 << 31, 1<<32 - 1, 1 << 32, 1 << 53, 1<<53 + 1, math.MaxInt64, math.MinInt64,
	0x10FFFF, 0xD800, 300, 0x7FFFFFFF}

func (g *packGen) pick(s string) byte { return s[g.r.Intn(len(s))] }

// intArg returns an argument for an integer letter.
func (g *packGen) intArg(code byte) value.Scalar {
	switch g.r.Intn(12) {
	case 0:
		return value.FloatValue(float64(boundaryInts[g.r.Intn(len(boundaryInts))]) + g.r.Float64()*2 - 1)
	case 1:
		return value.FloatValue([]float64{1e19, -1e19, 1e20, -1e20, 1.8446744073709552e19, 9.2233720368547758e18, 0.5, -0.5, 2.5}[g.r.Intn(9)])
	case 2:
		return value.StrValue([]string{"42", " 7 ", "3abc", "1e3", "0x10", "-0", "", "18446744073709551615",
			"-9223372036854775808", "9223372036854775808", "1.9", "-1.9", " +12\n", "abc", "1_000", ".5"}[g.r.Intn(16)])
	case 3:
		return value.UndefValue()
	case 4:
		if code == 'U' || code == 'W' {
			return value.IntValue(g.r.Int63n(0x110000))
		}
		return value.IntValue(g.r.Int63() >> uint(g.r.Intn(63)))
	case 5:
		return value.IntValue(-g.r.Int63() >> uint(g.r.Intn(63)))
	}
	v := boundaryInts[g.r.Intn(len(boundaryInts))]
	if (code == 'U' || code == 'W') && (v < 0 || v > 0x7FFFFFFF) {
		v = 0x41
	}
	return value.IntValue(v)
}

// floatArg returns an argument for a float letter.
func (g *packGen) floatArg() value.Scalar {
	switch g.r.Intn(8) {
	case 0:
		return value.FloatValue([]float64{math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 5e-324,
			math.MaxFloat64, math.MaxFloat32, 1e-40, 3.4028235677973366e38, 1e-320}[g.r.Intn(10)])
	case 1:
		return value.FloatValue(math.Float64frombits(g.r.Uint64()))
	case 2:
		return value.StrValue([]string{"1.5", "nan", "-inf", "1e-400", "0.1", " 2e3x", "infinity", "-0"}[g.r.Intn(8)])
	case 3:
		return value.IntValue(boundaryInts[g.r.Intn(len(boundaryInts))])
	}
	return value.FloatValue((g.r.Float64() - 0.5) * math.Pow(10, float64(g.r.Intn(80)-40)))
}

// strArg returns a string argument, often with high bytes and NULs.
func (g *packGen) strArg(code byte) value.Scalar {
	n := g.r.Intn(12)
	b := make([]byte, n)
	for i := range b {
		switch code {
		case 'b', 'B':
			b[i] = "01"[g.r.Intn(2)]
			if g.r.Intn(10) == 0 {
				b[i] = byte(g.r.Intn(256))
			}
		case 'h', 'H':
			b[i] = "0123456789abcdefABCDEFxyz!"[g.r.Intn(26)]
		default:
			switch g.r.Intn(4) {
			case 0:
				b[i] = byte(g.r.Intn(256))
			case 1:
				b[i] = " \x00\t"[g.r.Intn(3)]
			default:
				b[i] = byte('a' + g.r.Intn(26))
			}
		}
	}
	if g.r.Intn(15) == 0 {
		return value.IntValue(int64(g.r.Intn(1000)))
	}
	return value.StrValue(string(b))
}

// argFor returns an argument suited to code.
func (g *packGen) argFor(code byte) value.Scalar {
	switch {
	case strings.IndexByte(intLetters, code) >= 0:
		return g.intArg(code)
	case strings.IndexByte(floatLetters, code) >= 0:
		return g.floatArg()
	case code == 'w':
		if g.r.Intn(5) == 0 {
			return value.StrValue([]string{"123456789012345678901234567890", "18446744073709551616", "1.5", "7"}[g.r.Intn(4)])
		}
		return value.IntValue(g.r.Int63() >> uint(g.r.Intn(63)))
	case code == '.':
		return value.IntValue(int64(g.r.Intn(12) - 3))
	}
	return g.strArg(code)
}

// count writes a random count for code and returns how many arguments
// the item takes.
func (g *packGen) count(b *strings.Builder, code byte) int {
	switch g.r.Intn(7) {
	case 0, 1:
		return 1
	case 2:
		b.WriteByte('*')
		return 1 + g.r.Intn(3)
	case 3:
		n := g.r.Intn(4)
		b.WriteString("[" + strconv.Itoa(n) + "]")
		return n
	case 4:
		if g.r.Intn(3) == 0 {
			b.WriteString("[" + string("CnNsqd"[g.r.Intn(6)]) + "]")
			return 4
		}
	}
	n := g.r.Intn(5)
	if strings.IndexByte(strLetters+bitLetters+"xXu@", code) >= 0 {
		n = g.r.Intn(12)
	}
	b.WriteString(strconv.Itoa(n))
	return n
}

// item appends one random template item and its arguments.
func (g *packGen) item(b *strings.Builder, vals *[]value.Scalar, depth int) {
	r := g.r.Intn(100)
	switch {
	case r < 6 && depth < 3:
		b.WriteByte('(')
		for k := 1 + g.r.Intn(3); k > 0; k-- {
			g.item(b, vals, depth+1)
			b.WriteByte(' ')
		}
		b.WriteByte(')')
		if g.r.Intn(3) == 0 {
			b.WriteString("<>"[g.r.Intn(2) : g.r.Intn(2)+1])
		}
		reps := 1
		switch g.r.Intn(3) {
		case 0:
			reps = g.r.Intn(3)
			b.WriteString(strconv.Itoa(reps))
		case 1:
			b.WriteByte('*')
			reps = 0
		}
		// arguments for the extra repetitions
		n := len(*vals)
		for i := 1; i < reps; i++ {
			for _, v := range (*vals)[n:] {
				*vals = append(*vals, v)
			}
		}
		return
	case r < 10:
		// a length-prefixed item
		b.WriteByte(g.pick("CnNwvV"))
		b.WriteByte('/')
		code := g.pick("aAZ")
		b.WriteByte(code)
		if g.r.Intn(2) == 0 {
			b.WriteByte('*')
		}
		*vals = append(*vals, g.strArg(code))
		return
	case r < 14:
		code := g.pick("xX@.")
		b.WriteByte(code)
		if g.r.Intn(3) == 0 && code != '.' {
			b.WriteByte('!')
		}
		if g.r.Intn(2) == 0 {
			b.WriteString(strconv.Itoa(g.r.Intn(5)))
		}
		if code == '.' {
			*vals = append(*vals, g.argFor('.'))
		}
		return
	case r < 16:
		b.WriteString(" # note\n")
		return
	case r < 19:
		// stray syntax, to exercise the parser's errors
		b.WriteByte(g.pick("()[]!<>/*#,0123456789 yY%@.\x00\xe9"))
		return
	case r < 21:
		// a slash before a group or a counted string
		b.WriteString(string(g.pick("CnN")) + "/" + []string{"(C)", "(a)*", "a2", "C*", "(C C)"}[g.r.Intn(5)])
		*vals = append(*vals, g.argFor('C'), g.argFor('C'))
		return
	}
	all := intLetters + floatLetters + strLetters + bitLetters + "wu"
	code := g.pick(all)
	b.WriteByte(code)
	if strings.IndexByte("sSiIlLnNvV", code) >= 0 && g.r.Intn(4) == 0 {
		b.WriteByte('!')
	}
	if strings.IndexByte("sSiIlLqQjJfFdD", code) >= 0 && g.r.Intn(4) == 0 {
		b.WriteString("<>"[g.r.Intn(2) : g.r.Intn(2)+1])
	}
	n := g.count(b, code)
	if strings.IndexByte(strLetters+bitLetters+"u", code) >= 0 {
		n = 1
	}
	for i := 0; i < n; i++ {
		*vals = append(*vals, g.argFor(code))
	}
}

// template makes a random template and arguments for it.
func (g *packGen) template() (string, []value.Scalar) {
	var b strings.Builder
	var vals []value.Scalar
	if g.r.Intn(10) == 0 {
		b.WriteString([]string{"U", "U0", "C0", "W"}[g.r.Intn(4)])
		b.WriteByte(' ')
		if b.String() == "W " {
			vals = append(vals, value.IntValue(300))
		}
	}
	for k := 1 + g.r.Intn(5); k > 0; k-- {
		g.item(&b, &vals, 0)
		if g.r.Intn(3) > 0 {
			b.WriteByte(' ')
		}
	}
	switch g.r.Intn(8) {
	case 0:
		vals = vals[:g.r.Intn(len(vals)+1)]
	case 1:
		vals = append(vals, g.argFor('C'))
	}
	return b.String(), vals
}

// randomData is random bytes, sometimes valid UTF-8 or BER.
func (g *packGen) randomData() string {
	n := g.r.Intn(40)
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.r.Intn(256))
	}
	return string(b)
}

// fuzzMax keeps random templates from asking for huge results.
const fuzzMax = 1 << 20

func TestPackDifferential(t *testing.T) {
	perl := perlPath()
	if perl == "" {
		t.Skip("perl is not installed; the differential test needs it")
	}
	g := &packGen{r: rand.New(rand.NewSource(*packFuzzSeed))}
	var requests, got []string
	skipped := 0
	// add keeps a case unless it hits our size limit, where perl would
	// try to allocate the result and die.
	add := func(req, ans string, indeterminate bool) {
		if indeterminate || strings.Contains(ans, "Out of memory during") {
			skipped++
			return
		}
		requests = append(requests, req)
		got = append(got, ans)
	}
	for i := 0; i < *packFuzzN; i++ {
		tmpl, vals := g.template()
		ans, ind := goPackDetail(tmpl, vals, fuzzMax)
		add(packRequest(tmpl, vals), ans, ind)
		if packed, err := packWith(parseTemplate(tmpl, false), vals, fuzzMax); err == nil {
			ans, ind := goUnpackDetail(tmpl, packed, fuzzMax)
			add(unpackRequest(tmpl, packed), ans, ind)
		}
		data := g.randomData()
		ans, ind = goUnpackDetail(tmpl, data, fuzzMax)
		add(unpackRequest(tmpl, data), ans, ind)
	}
	want := askPerl(t, perl, requests)
	compareAnswers(t, requests, want, got)
	t.Logf("%d requests (%d templates) compared with perl; %d skipped (over the size limit, or undefined in perl)", len(requests), *packFuzzN, skipped)
}
