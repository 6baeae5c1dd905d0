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

// A differential test of sprintf against perl: seeded random formats and
// arguments, all sent to perl in one batch.

var (
	sprintfFuzzN    = flag.Int("sprintffuzz.n", 300, "number of random sprintf cases checked against perl")
	sprintfFuzzSeed = flag.Int64("sprintffuzz.seed", 1, "seed for the random sprintf cases")
)

// sprintfGen builds random formats and arguments.
type sprintfGen struct {
	r *rand.Rand
}

func (g *sprintfGen) pick(s string) byte { return s[g.r.Intn(len(s))] }

// arg returns a random argument.
func (g *sprintfGen) arg() value.Scalar {
	switch g.r.Intn(10) {
	case 0:
		return value.UndefValue()
	case 1:
		return value.StrValue([]string{"", "abc", "3abc", " 42 ", "-7", "1e3", "0x1f", "inf", "-nan", "1e400",
			"\xe9\xff", "1.2.3", "\x01\x02\x03", "18446744073709551615", "-9223372036854775808", "0 but true",
			"  +3.5e-2xyz", ".5", "1_000"}[g.r.Intn(19)])
	case 2, 3:
		return value.IntValue(boundaryInts[g.r.Intn(len(boundaryInts))])
	case 4:
		return value.IntValue(g.r.Int63n(2000) - 1000)
	case 5:
		return value.FloatValue([]float64{math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 5e-324,
			math.MaxFloat64, 0.5, 1.5, 2.5, -2.5, 0.05, 0.125, 1e15, 1e16, 1e-5, 123456789.123, 9.999999e-5,
			0.5000000000000001, 1e21, 1.0 / 3}[g.r.Intn(20)])
	case 6:
		return value.FloatValue(math.Float64frombits(g.r.Uint64()))
	}
	f := (g.r.Float64() - 0.5) * math.Pow(10, float64(g.r.Intn(40)-20))
	if g.r.Intn(3) == 0 {
		f = math.Round(f*100) / 100
	}
	return value.FloatValue(f)
}

// directive appends one random conversion to b.
func (g *sprintfGen) directive(b *strings.Builder) {
	b.WriteByte('%')
	if g.r.Intn(8) == 0 {
		b.WriteString(strconv.Itoa(1+g.r.Intn(4)) + "$")
	}
	for k := g.r.Intn(4); k > 0; k-- {
		b.WriteByte(g.pick("-+ 0#"))
	}
	vector := false
	if g.r.Intn(10) == 0 {
		vector = true
		b.WriteString([]string{"v", "*v", "*2$v"}[g.r.Intn(3)])
	}
	switch g.r.Intn(6) {
	case 0:
		b.WriteString(strconv.Itoa(1 + g.r.Intn(25)))
	case 1:
		b.WriteString([]string{"*", "*2$", "*3$"}[g.r.Intn(3)])
	}
	switch g.r.Intn(6) {
	case 0:
		b.WriteString("." + strconv.Itoa(g.r.Intn(25)))
	case 1:
		b.WriteString([]string{".", ".*", ".*2$", ".0", ".00", ".60"}[g.r.Intn(6)])
	}
	if g.r.Intn(6) == 0 {
		b.WriteString([]string{"h", "hh", "l", "ll", "q", "L", "V", "z", "t", "j"}[g.r.Intn(10)])
	}
	conv := "csduioxXbBeEfFgGaADUO%"
	if vector {
		conv = "duoxXbBDUOs"
	}
	if g.r.Intn(30) == 0 {
		b.WriteByte(g.pick("yk!\x00\xe9 "))
		return
	}
	b.WriteByte(g.pick(conv))
}

// format makes a random format and its arguments.
func (g *sprintfGen) format() (string, []value.Scalar) {
	var b strings.Builder
	for k := 1 + g.r.Intn(4); k > 0; k-- {
		if g.r.Intn(3) == 0 {
			b.WriteString([]string{"x", " ", "\xe9", "|", "ab\x00"}[g.r.Intn(5)])
		}
		g.directive(&b)
	}
	if g.r.Intn(20) == 0 {
		b.WriteByte('%')
	}
	var vals []value.Scalar
	for k := g.r.Intn(7); k > 0; k-- {
		v := g.arg()
		// keep '*' widths from asking for huge padding
		if v.Kind() == value.Int && (v.Int() > 200 || v.Int() < -200) && g.r.Intn(2) == 0 {
			v = value.IntValue(v.Int() % 50)
		}
		vals = append(vals, v)
	}
	return b.String(), vals
}

func TestSprintfDifferential(t *testing.T) {
	perl := perlPath()
	if perl == "" {
		t.Skip("perl is not installed; the differential test needs it")
	}
	g := &sprintfGen{r: rand.New(rand.NewSource(*sprintfFuzzSeed))}
	var requests, got []string
	skipped := 0
	for i := 0; i < *sprintfFuzzN; i++ {
		format, vals := g.format()
		f := formatter{pat: format, args: vals, max: fuzzMax}
		err := f.run()
		ans := answer(hexString(f.out), err)
		if f.indeterminate || err != nil && strings.Contains(err.Error(), "Out of memory") {
			skipped++ // perl would try to build the whole result, or read freed memory
			continue
		}
		requests = append(requests, sprintfRequest(format, vals))
		got = append(got, ans)
	}
	want := askPerl(t, perl, requests)
	compareAnswers(t, requests, want, got)
	t.Logf("%d formats compared with perl; %d skipped (over the size limit, or undefined in perl)", len(requests), skipped)
}
