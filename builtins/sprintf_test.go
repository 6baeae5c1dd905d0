package builtins

import (
	"math"
	"testing"

	"github.com/miniperl/miniperl/value"
)

// Table tests for sprintf; expected results come from perl.

type sprintfCase struct {
	format string
	args   []value.Scalar
}

var sprintfCases = []sprintfCase{
	// vectors
	{"%vd", args(sv("1.22.333"))}, {"%vd", args(sv("\x01\x16\x4d"))}, {"%vd", args(sv("\x7f\x00\x00\x01"))},
	{"%*vX", args(sv(":"), sv("\x0a\xff"))}, {"%vd", args(sv(""))}, {"%vd", nil}, {"%v02x", args(sv("1.2.3"))},
	{"%#vx", args(sv("1\x00"))}, {"%-4vd|", args(sv("\x01\x02"))}, {"%v.3d", args(sv("\x01\x02"))},
	{"%*v02x", args(sv("-"), sv("ab"))}, {"%2$*1$vd", args(sv(":"), sv("ab"))}, {"%vs", args(sv("ab"))},
	{"%vf", args(sv("ab"))}, {"%vc", args(sv("ab"))}, {"%+vd", args(sv("\x01\x02"))}, {"% vd", args(sv("\x01"))},
	{"%vb", args(sv("\x05"))}, {"%vo", args(sv("\x08"))}, {"%#vo", args(sv("\x08\x00"))}, {"%#vb", args(sv("\x05\x00"))},
	{"%#vX", args(sv("\xab"))}, {"%vD", args(sv("1.2"))}, {"%vU", args(sv("1.2"))}, {"%v#x", args(sv("1.2"))},
	{"%v+d", args(sv("1.2"))}, {"%v-3d|", args(sv("1.2"))}, {"%v3d", args(sv("1.2"))}, {"%v03d", args(sv("1.2"))},
	{"%0v3d", args(sv("1.2"))}, {"%-v3d|", args(sv("1.2"))}, {"%*v*d", args(sv(":"), iv(3), sv("1.2"))},
	{"%v*d", args(iv(3), sv("1.2"))}, {"%vv", args(sv("1"))}, {"%*v*vd", args(sv(":"), sv("1"))},
	{"%v.*d", args(iv(3), sv("1.2"))}, {"%2$vd", args(sv("1.2"), sv("3.4"))}, {"%*2$vd", args(sv("1.2"), sv(":"))},
	{"%*3$vd %s", args(sv("1.2"), sv("x"), sv(":"))}, {"%vd", args(iv(1234))}, {"%vd", args(nv(1.5))},
	{"%v%", nil}, {"%1$v%", nil}, {"%vd %s", args(sv("\xe9"), sv("x"))}, {"%c%*vd", args(iv(300), sv("\xe9"), sv("ab"))},
	// integers
	{"%d", args(nv(1e20))}, {"%d", args(nv(-1e20))}, {"%d", args(sv("18446744073709551615"))},
	{"%u", args(iv(-1))}, {"%u", args(nv(-1.5))}, {"%d", args(sv("3abc"))}, {"%d", args(nv(3.99))},
	{"%d", args(nv(-3.99))}, {"%d", args(nv(inf))}, {"%d", args(nv(-inf))}, {"%d", args(sv("nan"))},
	{"%5d", args(nv(inf))}, {"%05d", args(nv(inf))}, {"%+d", args(nv(inf))}, {"%x", args(nv(inf))},
	{"%u", args(nv(inf))}, {"%i", args(sv("inf"))}, {"%.2d", args(sv("inf"))}, {"%-6d|", args(sv("inf"))},
	{"%#x", args(sv("inf"))}, {"%+d", args(nv(math.NaN()))}, {"%vd|%d", args(sv("1"), nv(inf))},
	{"%d", args(sv("1e20"))}, {"%d", args(sv("9223372036854775808"))}, {"%d", args(sv("-9223372036854775809"))},
	{"%u", args(sv("-5"))}, {"%u", args(iv(math.MinInt64))}, {"%x", args(nv(1e19))}, {"%x", args(nv(-1e19))},
	{"%d", args(nv(1e19))}, {"%u", args(nv(1e19))}, {"%u", args(nv(1e20))},
	{"%x", args(iv(255))}, {"%#x", args(iv(255))}, {"%#X", args(iv(255))}, {"%#o", args(iv(8))}, {"%#o", args(iv(0))},
	{"%#x", args(iv(0))}, {"%#b", args(iv(5))}, {"%#B", args(iv(5))}, {"%b", args(iv(-1))}, {"%o", args(iv(-1))},
	{"%x", args(iv(-1))}, {"%X", args(nv(3.9))}, {"%x", args(nv(-3.9))}, {"%.5x", args(iv(255))},
	{"%#.5x", args(iv(255))}, {"%08.3x|", args(iv(255))}, {"%-8x|", args(iv(255))}, {"%#08x", args(iv(255))},
	{"%.0x", args(iv(0))}, {"%#.0x", args(iv(0))}, {"%#.0o", args(iv(0))}, {"%+x", args(iv(5))}, {"% x", args(iv(5))},
	{"%#5o", args(iv(8))}, {"%#.3o", args(iv(8))}, {"%#.2o", args(iv(8))},
	{"%d", args(iv(0))}, {"%.0d", args(iv(0))}, {"%+.0d", args(iv(0))}, {"% .0d|", args(iv(0))},
	{"%5.0d|", args(iv(0))}, {"%+d", args(iv(5))}, {"% d", args(iv(5))}, {"%+ d", args(iv(5))}, {"% +d", args(iv(5))},
	{"%05d", args(iv(-5))}, {"%-05d|", args(iv(-5))}, {"%5.3d|", args(iv(-5))}, {"%05.3d|", args(iv(-5))},
	{"%+05d", args(iv(5))}, {"%.3d", args(iv(-5))}, {"%d", args(iv(math.MinInt64))}, {"%d", args(iv(math.MaxInt64))},
	{"%u", args(sv("9223372036854775808"))}, {"%i", args(sv("  42  "))}, {"%d", args(sv("0x1A"))},
	{"%d", args(sv("1e3"))}, {"%d", args(sv("-0"))}, {"%d", args(nv(math.Copysign(0, -1)))}, {"%+d", args(iv(0))},
	{"%+u", args(iv(5))}, {"% u", args(iv(5))}, {"%d", args(undef())}, {"%d", args(sv(""))}, {"%d", args(sv("abc"))},
	{"%lld", ivs(5)}, {"%hd", ivs(70000)}, {"%hhd", ivs(300)}, {"%ld", ivs(5)}, {"%qd", ivs(5)}, {"%zd", ivs(5)},
	{"%td", ivs(5)}, {"%jd", ivs(5)}, {"%hu", ivs(-1)}, {"%hhu", ivs(-1)}, {"%hx", ivs(70000)}, {"%Vd", ivs(5)},
	{"%D", ivs(-5)}, {"%U", ivs(-5)}, {"%O", ivs(8)}, {"%#O", ivs(8)}, {"%hD", ivs(70000)}, {"%hhd", ivs(-129)},
	{"%hhu", ivs(256)}, {"%hd", ivs(-32769)}, {"%zd", ivs(-1)}, {"%jd", args(nv(1e20))}, {"%td", ivs(-5)},
	{"%zu", ivs(-1)}, {"%hx", ivs(-1)}, {"%hhx", ivs(-1)}, {"%lx", ivs(-1)}, {"%qx", ivs(-1)}, {"%Ld", ivs(-1)},
	// strings and chars
	{"%s", args(nv(1e15))}, {"%s", args(nv(0.1))}, {"%.2s", args(sv("abc"))}, {"%5s|", args(sv("ab"))},
	{"%-5s|", args(sv("ab"))}, {"%05s", args(sv("ab"))}, {"%.0s", args(sv("ab"))}, {"%5.1s|", args(sv("ab"))},
	{"% s", args(sv("ab"))}, {"%+s", args(sv("ab"))}, {"%#s", args(sv("ab"))}, {"%-05s|", args(sv("ab"))},
	{"%s", args(undef())}, {"%s", args(sv("a\x00b"))}, {"%s", args(nv(inf))}, {"%s", args(nv(math.NaN()))},
	{"%s", args(nv(-inf))}, {"%s", args(iv(-17))}, {"%s", args(nv(1e21))}, {"%s", args(nv(-0.0))},
	{"%s%s", args(sv("\xe9"), sv("\xff"))}, {"%s", nil}, {"%s %s %s", args(sv("a"))},
	{"%c", ivs(65)}, {"%c", ivs(300)}, {"%c", ivs(-1)}, {"%c", ivs(255)}, {"%s%c", args(sv("\xe9"), iv(300))},
	{"%5c|", ivs(65)}, {"%-5c|", ivs(65)}, {"%05c|", ivs(65)}, {"%c", args(nv(1 << 40))}, {"%c", args(sv("65abc"))},
	{"%c", args(nv(1.9))}, {"%.0c", ivs(65)}, {"%c", ivs(0x110000)}, {"%c", ivs(0xD800)}, {"%c", ivs(0)},
	{"%c", ivs(127)}, {"%c", ivs(128)}, {"%c", args(nv(math.Ldexp(1, 63)))}, {"%c", args(nv(-5.5))},
	{"%c", ivs(math.MaxInt64)}, {"%c", ivs(0xFFFFFFFF)}, {"%c", ivs(0x7FFFFFFF)}, {"%c", ivs(0x80000000)},
	{"%c", ivs(0x1000000000)}, {"%c%s", args(iv(200), sv("\xe9"))}, {"%c%s", args(iv(300), sv("\xe9"))},
	{"%s%5s|", args(sv("\xc4\xac"), sv("\xe9"))}, {"\xe9%c", ivs(300)}, {"%3c|", ivs(300)},
	{"%.1c|", ivs(300)}, {"%c", args(nv(inf))}, {"%c", args(sv("nan"))}, {"%c%c", ivs(300, 200)},
	{"%c|%-3s|%3s|", args(iv(300), sv("\xe9"), sv("\xe9"))}, {"%c %.1s", args(iv(300), sv("\xe9\xe9"))},
	// floats
	{"%.0f", args(nv(2.5))}, {"%.0f", args(nv(3.5))}, {"%.0f", args(nv(0.5))}, {"%.2f", args(nv(1.005))},
	{"%e", args(nv(1234.5))}, {"%E", args(iv(0))}, {"%g", args(iv(100000))}, {"%g", args(iv(1000000))},
	{"%g", args(nv(0.0001))}, {"%g", args(nv(0.00001))}, {"%#g", args(iv(1))}, {"%#.3g", args(iv(1))},
	{"%.0g", args(iv(123))}, {"%#.0e", args(iv(1))}, {"%#.0f", args(iv(1))}, {"%G", args(nv(1e-10))},
	{"%.15g", args(nv(0.1))}, {"%.17g", args(nv(0.1))}, {"%g", args(nv(math.Copysign(0, -1)))},
	{"%f", args(nv(math.Copysign(0, -1)))}, {"%e", args(nv(1e300))}, {"%f", args(nv(1e300))},
	{"%.100f", args(iv(1))}, {"%.3e", args(nv(9.9996))}, {"%.0f", args(nv(0.5000000000000001))},
	{"%.0f|", args(nv(0.5000000000000001))}, {"%.0f", args(nv(1.5))}, {"%.0f", args(nv(-0.3))},
	{"%.0f", args(nv(math.Copysign(0, -1)))}, {"%.0f", args(nv(1e300))}, {"%.0f", args(nv(math.Ldexp(1, 64)))},
	{"%.0f", args(nv(math.Ldexp(1, 64) - 2048))}, {"%.0f", args(nv(4503599627370496.5))},
	{"%1$.0f", args(nv(0.5000000000000001))}, {"%5.0f|", args(nv(0.5000000000000001))},
	{"%Lf", args(nv(0.1))}, {"%.20Lf", args(nv(0.1))}, {"%La", args(iv(1))}, {"%La", args(nv(0.1))},
	{"%Lg", args(nv(0.1))}, {"%qf", args(nv(1.5))}, {"%llf", args(nv(1.5))}, {"%Le", args(nv(1e300))},
	{"%.0Lf", args(nv(2.5))}, {"%Vf", args(nv(1.5))}, {"%zf", ivs(1)}, {"%jf", ivs(1)}, {"%hf", args(nv(1.5))},
	{"%lf", args(nv(1.5))}, {"%hhf", args(nv(1.5))}, {"%tf", args(nv(1.5))},
	{"%e", args(nv(inf))}, {"%010.3f", args(nv(-inf))}, {"%-+7g|", args(sv("nan"))}, {"% f", args(sv("nan"))},
	{"%a", args(nv(inf))}, {"%F", args(nv(1.5))}, {"%F", args(nv(inf))}, {"%+e", args(nv(inf))},
	{"%#.3g", args(iv(0))}, {"%#g", args(nv(1e-5))}, {"%#.0g", args(iv(10))}, {"%#e", args(iv(1))},
	{"%#E", args(iv(0))}, {"%+e", args(iv(0))}, {"% e", args(nv(math.Copysign(0, -1)))},
	{"%-+012.4e|", args(nv(1.5))}, {"%012.4e|", args(nv(-1.5))}, {"%+012.4g|", args(nv(1.5))},
	{"%.3g", args(nv(0.0001234))}, {"%.3g", args(iv(1234))}, {"%.3g", args(nv(999.5))}, {"%.3g", args(iv(9995))},
	{"%.20g", args(nv(0.1))}, {"%.0e", args(iv(0))}, {"%.40e", args(iv(1))}, {"%g", args(nv(5e-324))},
	{"%e", args(nv(5e-324))}, {"%.3f", args(nv(0.0005))}, {"%.3f", args(nv(0.0015))}, {"%.3f", args(nv(0.0025))},
	{"%f", args(nv(1.5e-7))}, {"%03.1f", args(nv(2.55))}, {"%.1f", args(nv(0.05))}, {"%.1f", args(nv(0.25))},
	{"%.1f", args(nv(0.35))}, {"%.3g", args(nv(2.675))}, {"%g", args(nv(1e100))}, {"%g", args(iv(123456789))},
	{"%G", args(nv(1.5e-7))}, {"%#G", args(nv(1e-7))}, {"%g", args(iv(0))}, {"%#g", args(iv(0))},
	{"%e", args(iv(0))}, {"%.0e", args(nv(2.5))}, {"%.0e", args(nv(3.5))}, {"%10.4e|", args(nv(-1.5))},
	{"%-+10.2f|", args(nv(1.5))}, {"% 010.2f|", args(nv(1.5))}, {"%f", args(sv("3abc"))}, {"%f", args(undef())},
	{"%.2f", args(sv("1e3"))}, {"%g", args(sv("0x10"))}, {"%e", args(nv(-1234.5678))}, {"%G", args(nv(1e-300))},
	{"%.30g", args(nv(1.0 / 3))}, {"%#.10g", args(nv(1.0 / 3))}, {"%g", args(nv(1e15))}, {"%g", args(nv(1e16))},
	{"%.1g", args(nv(0.95))}, {"%.2g", args(nv(0.995))}, {"%g", args(nv(9.9999995e-5))}, {"%g", args(nv(999999.5))},
	// hex floats
	{"%a", args(iv(1))}, {"%a", args(iv(0))}, {"%a", args(nv(math.Copysign(0, -1)))}, {"%a", args(nv(1.5))},
	{"%A", args(nv(255.75))}, {"%.2a", args(nv(1.999))}, {"%.0a", args(nv(1.5))}, {"%.0a", args(nv(2.5))},
	{"%a", args(nv(5e-324))}, {"%a", args(nv(2.2250738585072014e-308))}, {"%#a", args(iv(1))}, {"%+a", args(iv(1))},
	{"%20a|", args(iv(1))}, {"%-20a|", args(iv(1))}, {"%020a|", args(iv(1))}, {"%.3a", args(iv(1))},
	{"%a", args(nv(1e300))}, {"%a", args(nv(0.1))}, {"%.1a", args(nv(0.1))}, {"%.1a", args(nv(1.96875))},
	{"%a", args(nv(-0.1))}, {"%020a|", args(nv(-0.1))}, {"%+020a|", args(nv(0.1))}, {"% a", args(nv(0.5))},
	{"%.1a", args(nv(1.15625))}, {"%.1a", args(nv(1.09375))}, {"%.0a", args(nv(3))}, {"%a", args(nv(3e-320))},
	{"%.1a", args(nv(3e-320))}, {"%.20a", args(nv(3e-320))}, {"%.2a", args(nv(1e-320))}, {"%#.0a", args(iv(0))},
	{"%.3a", args(iv(0))}, {"%a", args(nv(math.MaxFloat64))}, {"%.12a", args(nv(1.0000000000000002))},
	{"%.13a", args(nv(1.0000000000000002))}, {"%.0a", args(nv(1.9999999999999998))}, {"%a", args(nv(6e-321))},
	// flags, widths, indexes
	{"%s %s %s", args(sv("a"))}, {"%d|%s|%f|%c|%x|%e", nil}, {"%y", nil}, {"%-5y|", nil}, {"%", nil},
	{"abc%", nil}, {"%5", nil}, {"%.", nil}, {"%1$", nil}, {"%v", nil}, {"%vy", args(sv("ab"))},
	{"%2$s %1$s", args(sv("a"), sv("b"))}, {"%1$s%1$s", args(sv("x"))}, {"%2$s", args(sv("a"))},
	{"%0$s", args(sv("a"))}, {"%*2$d|", args(iv(5), iv(3))}, {"%-*d|", args(iv(3), iv(5))}, {"%*d|", args(iv(-3), iv(5))},
	{"%.*f", args(iv(2), nv(3.14159))}, {"%.*f", args(iv(-2), nv(3.14159))}, {"%.*2$f|%s", args(nv(3.14159), iv(2))},
	{"%3$s %s %s", args(sv("a"), sv("b"), sv("c"))}, {"%s %2$s %s", args(sv("a"), sv("b"), sv("c"))},
	{"%*3$s|", args(sv("a"), sv("b"), iv(4))}, {"%.*3$s|", args(sv("abcdef"), sv("b"), iv(2))},
	{"%1$s%s", args(sv("a"), sv("b"))}, {"%2$d %d", ivs(1, 2)}, {"%d %2$d %d", ivs(1, 2, 3)},
	{"%%", nil}, {"%5%|", nil}, {"%-5%|", nil}, {"%1$%", nil}, {"%s", args(sv("%d"))}, {"%5.2%|", nil},
	{"%-05%|", nil}, {"%.*%", ivs(3)}, {"%*%|", ivs(3)}, {"%.0%|", nil},
	{"%*s|", args(sv("abc"), sv("x"))}, {"%*s|", args(sv("3abc"), sv("x"))}, {"%*s|", args(nv(2.7), sv("x"))},
	{"%*s|", args(nv(-2.7), sv("x"))}, {"%.*s|", args(sv("-1"), sv("xyz"))}, {"%-*s|", args(iv(-4), sv("x"))},
	{"%*s|", args(undef(), sv("x"))}, {"%*s|", nil}, {"%.*s|", args(undef(), sv("xyz"))},
	{"%*s|", args(iv(4611686018427387904), sv("x"))}, {"%*s|", args(iv(math.MinInt64), sv("x"))},
	{"%*s|", args(nv(1e20), sv("x"))}, {"%*s|", args(nv(-1e20), sv("x"))}, {"%4611686018427387904s|", args(sv("x"))},
	{"%.*s|", args(sv("inf"), sv("x"))}, {"%99999999999999999999s|", args(sv("x"))},
	{"%.99999999999999999999s|", args(sv("x"))}, {"%2$s|%s", args(sv("a"))}, {"%n", nil}, {"%5n", args(sv("x"))},
	{"ab%ncd", args(sv("x"))}, {"%.0001f", args(nv(1.5))}, {"%00005d", ivs(3)}, {"%-0-5d|", ivs(3)},
	{"%#-#5x|", ivs(3)}, {"%1$*1$d|", ivs(3)}, {"%*1$d|", ivs(3)}, {"%1$-*2$d|", ivs(3, 5)}, {"%*12$d", ivs(1)},
	{"%*12x", ivs(1)}, {"%.*12x", ivs(1)}, {"%*v", args(sv(":"))}, {"%*vv", nil}, {"%v*v", nil},
	{"%hhs", args(sv("x"))}, {"%hl", args(sv("x"))}, {"%lls", args(sv("x"))}, {"%qs", args(sv("x"))},
	{"%\x00d", ivs(1)}, {"a\x00b%s", args(sv("c\x00d"))}, {"%\xe9", ivs(1)}, {"\xff%s\xfe", args(sv("\xfd"))},
	{"%2$s %s", args(sv("a"), sv("b"), sv("c"))}, {"%s", args(iv(1), iv(2))}, {"", args(sv("x"))},
	// perl caches conversions in the argument scalars within one call
	{"%s %1$d %1$s", args(nv(1e15))}, {"%e %1$d", args(sv("1e400"))}, {"%d %*1$s|", args(nv(1e19), sv("x"))},
	{"%G %*1$s|", args(sv("18446744073709551615"), sv("x"))}, {"%*1$s|", args(sv("18446744073709551615"), sv("x"))},
	{"%d %*1$s|", args(sv("18446744073709551615"), sv("x"))}, {"%s %1$u %1$s", args(nv(math.Copysign(0, -1)))},
	{"%*v02x %1$d", args(nv(7), sv("ab"))}, {"%d%*2$v.*2$b|%2$s", args(iv(1), nv(-7073353724315151))},
	{"%*2$v.*2$d|%2$s", args(sv("ab"), nv(12.5))}, {"% d % e %+i", args(nv(inf), nv(inf), sv("-inf"))},
	{"%B %b %o %x %X", ivs(10, 10, 10, 10, 10)}, {"%+.3d|% 5d|%-+5d|", ivs(7, 7, 7)},
}

func TestSprintfMatchesPerl(t *testing.T) {
	requests := make([]string, len(sprintfCases))
	got := make([]string, len(sprintfCases))
	for i, c := range sprintfCases {
		requests[i] = sprintfRequest(c.format, c.args)
		got[i] = goSprintfAnswer(c.format, c.args)
	}
	want := expected(t, "sprintf.golden", requests)
	compareAnswers(t, requests, want, got)
}
