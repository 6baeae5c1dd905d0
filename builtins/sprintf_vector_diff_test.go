package builtins

import (
	"flag"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/miniperl/miniperl/value"
)

// A differential test of sprintf's vector flag against perl: formats like
// %vd, %*vd, %#v02x and %2$*1$vd applied to version strings, packed IPv4
// and IPv6 addresses and arbitrary bytes, with random join strings,
// widths, precisions and explicit indexes.

var (
	vectorFuzzN    = flag.Int("vectorfuzz.n", 300, "number of random sprintf %vd cases checked against perl")
	vectorFuzzSeed = flag.Int64("vectorfuzz.seed", 1, "seed for the random sprintf %vd cases")
)

// vectorGen builds random vector-flag formats and arguments.
type vectorGen struct {
	r *rand.Rand
}

// vector returns a string to format by its characters.
func (g *vectorGen) vector() value.Scalar {
	switch g.r.Intn(7) {
	case 0: // a version string as written: "1.22.333"
		parts := make([]string, 1+g.r.Intn(4))
		for i := range parts {
			parts[i] = strconv.Itoa(g.r.Intn(1000))
		}
		return value.StrValue(strings.Join(parts, "."))
	case 1, 2: // a packed IPv4 address
		b := make([]byte, 4)
		for i := range b {
			b[i] = byte(g.r.Intn(256))
		}
		if g.r.Intn(3) == 0 {
			copy(b, "\x7f\x00\x00\x01")
		}
		return value.StrValue(string(b))
	case 3: // a packed IPv6 address
		b := make([]byte, 16)
		for i := range b {
			if g.r.Intn(2) == 0 {
				b[i] = byte(g.r.Intn(256))
			}
		}
		return value.StrValue(string(b))
	case 4: // a v-string's bytes
		b := make([]byte, g.r.Intn(5))
		for i := range b {
			b[i] = byte(g.r.Intn(40))
		}
		return value.StrValue(string(b))
	case 5: // numbers, stringified first
		return []value.Scalar{value.IntValue(1234), value.FloatValue(1.5), value.IntValue(-7), value.UndefValue()}[g.r.Intn(4)]
	}
	b := make([]byte, g.r.Intn(8))
	for i := range b {
		b[i] = byte(g.r.Intn(256))
	}
	return value.StrValue(string(b))
}

// join returns a join string for %*vd.
func (g *vectorGen) join() value.Scalar {
	return value.StrValue([]string{":", ".", "", "-", "::", " ", "\xe9", "\x00", "%s", "ab"}[g.r.Intn(10)])
}

// format makes a random format with one to three vector conversions and
// the arguments they take.
func (g *vectorGen) format() (string, []value.Scalar) {
	var b strings.Builder
	var args []value.Scalar
	for k := 1 + g.r.Intn(3); k > 0; k-- {
		if g.r.Intn(3) == 0 {
			b.WriteString([]string{"v", "ip=", " ", "|"}[g.r.Intn(4)])
		}
		b.WriteByte('%')
		explicit := g.r.Intn(8) == 0
		if explicit {
			b.WriteString(strconv.Itoa(1+g.r.Intn(len(args)+2)) + "$")
		}
		for f := g.r.Intn(3); f > 0; f-- {
			b.WriteByte("-+ 0#"[g.r.Intn(5)])
		}
		switch g.r.Intn(4) {
		case 0:
			b.WriteString("*v")
			args = append(args, g.join())
		case 1:
			if g.r.Intn(2) == 0 {
				b.WriteString("*" + strconv.Itoa(1+g.r.Intn(len(args)+2)) + "$v")
			} else {
				b.WriteString("v")
			}
		default:
			b.WriteByte('v')
		}
		switch g.r.Intn(5) {
		case 0:
			b.WriteString(strconv.Itoa(1 + g.r.Intn(8)))
		case 1:
			b.WriteString("0" + strconv.Itoa(1+g.r.Intn(4)))
		case 2:
			b.WriteByte('*')
			args = append(args, value.IntValue(int64(g.r.Intn(12)-4)))
		}
		switch g.r.Intn(5) {
		case 0:
			b.WriteString("." + strconv.Itoa(g.r.Intn(5)))
		case 1:
			b.WriteString(".*")
			args = append(args, value.IntValue(int64(g.r.Intn(8)-2)))
		}
		b.WriteByte("ddddxXobBiuDUO"[g.r.Intn(14)])
		args = append(args, g.vector())
	}
	switch g.r.Intn(10) {
	case 0:
		args = args[:g.r.Intn(len(args)+1)]
	case 1:
		args = append(args, g.vector())
	}
	return b.String(), args
}

func TestSprintfVectorDifferential(t *testing.T) {
	perl := perlPath()
	if perl == "" {
		t.Skip("perl is not installed; the differential test needs it")
	}
	g := &vectorGen{r: rand.New(rand.NewSource(*vectorFuzzSeed))}
	var requests, got []string
	for i := 0; i < *vectorFuzzN; i++ {
		format, vals := g.format()
		requests = append(requests, sprintfRequest(format, vals))
		got = append(got, goSprintfAnswer(format, vals))
	}
	want := askPerl(t, perl, requests)
	compareAnswers(t, requests, want, got)
	t.Logf("%d vector formats compared with perl (seed %d)", len(requests), *vectorFuzzSeed)
}
