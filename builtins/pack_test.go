package builtins

import (
	"math"
	"testing"

	"github.com/miniperl/miniperl/value"
)

// Table tests for pack and unpack. Expected results come from perl (see
// oracle_test.go); nothing here is typed in from memory.

// Shorthands for building arguments.
func iv(i int64) value.Scalar   { return value.IntValue(i) }
func nv(f float64) value.Scalar { return value.FloatValue(f) }
func sv(s string) value.Scalar  { return value.StrValue(s) }
func undef() value.Scalar       { return value.UndefValue() }

func ivs(is ...int64) []value.Scalar {
	out := make([]value.Scalar, len(is))
	for i, n := range is {
		out[i] = iv(n)
	}
	return out
}

func args(vs ...value.Scalar) []value.Scalar { return vs }

type packCase struct {
	tmpl string
	args []value.Scalar
}

var inf = math.Inf(1)

var packCases = []packCase{
	// the sockaddr_in and friends
	{"S n a4 x8", args(iv(2), iv(8888), sv("\x7f\x00\x00\x01"))},
	{"C4", ivs(127, 0, 0, 1)},
	{"S n C4 x8", ivs(2, 80, 10, 0, 0, 1)},
	{"  S   n\ta4\nx8 ", args(iv(2), iv(80), sv("abcd"))},
	// a A Z
	{"a", args(sv("hello"))}, {"a*", args(sv("hello"))}, {"a10", args(sv("hello"))},
	{"A10", args(sv("hello"))}, {"A3", args(sv("abcdef"))}, {"A*", args(sv("ab"))},
	{"Z5", args(sv("ab"))}, {"Z5", args(sv("abcdefg"))}, {"Z*", args(sv("ab"))}, {"Z", args(sv("ab"))},
	{"Z0", args(sv("ab"))}, {"A0", args(sv("ab"))}, {"Z1", args(sv("ab"))}, {"a", nil}, {"a3", nil},
	{"a*", args(undef())}, {"Z*Z*", args(sv("a"), sv("b"))}, {"A2 A*", args(sv("x"), sv("yy"))},
	{"a*", args(sv("\xff\x00\xfe"))}, {"a2", args(iv(123))}, {"a*", args(nv(0.5))},
	// b B h H
	{"b*", args(sv("1011"))}, {"B*", args(sv("1011"))}, {"b3", args(sv("111111"))},
	{"B12", args(sv("101"))}, {"b", args(sv("1"))}, {"B*", args(sv("abcdefghij"))}, {"b0", args(sv("1"))},
	{"B16", args(sv("1111000010101010"))}, {"b*", args(sv(""))}, {"B9", args(sv("111111111"))},
	{"H*", args(sv("abc"))}, {"h*", args(sv("abc"))}, {"H3", args(sv("a"))}, {"H5", args(sv("fffffff"))},
	{"H*", args(sv("xyzXYZ!@#"))}, {"H", args(sv("7"))}, {"H*", args(sv(""))}, {"H*", args(sv("DEADbeef"))},
	{"h4", args(sv("1234"))}, {"H2", args(sv("\xff\x80"))},
	// c C W U
	{"C", args(iv(256))}, {"C", args(iv(-1))}, {"C", args(nv(3.7))}, {"C", args(sv("3abc"))},
	{"C", args(nv(-3.7))}, {"c", args(iv(200))}, {"c", args(iv(128))}, {"c2", ivs(-128, 127)},
	{"C*", ivs(1, 2, 3, 255)}, {"C", args(nv(inf))}, {"C", args(sv("-inf"))}, {"c", args(sv("nan"))},
	{"C", args(nv(math.NaN()))}, {"C", nil}, {"C3", ivs(1)},
	{"U", ivs(300)}, {"U", ivs(65)}, {"U C", ivs(300, 200)}, {"C U", ivs(200, 300)},
	{"U0 C C", ivs(0xc3, 0xa9)}, {"a U", args(sv("\xe9"), iv(300))}, {"W", ivs(300)},
	{"a W", args(sv("\xe9"), iv(300))}, {"W C a", args(iv(300), iv(200), sv("\xe9"))},
	{"U0 a", args(sv("\xe9"))}, {"C0 U", ivs(300)}, {"U*", ivs(0x10FFFF, 0x110000, 0xD800)},
	{"U", ivs(-1)}, {"U", args(nv(1 << 40))}, {"W", ivs(-1)}, {"W", args(nv(1e20))},
	{"U0 a", args(sv("x"))}, {"a C0 U", args(sv("x"), iv(200))}, {"W*", ivs(65, 255, 256, 0x7FFFFFFF)},
	{"U W", ivs(300, 200)}, {"U0 W", ivs(300)}, {"a U0 a", args(sv("\xe9"), sv("\xe9"))},
	{"a W X a", args(sv("\xe9"), iv(300), sv("z"))}, {"W (a @2 a)", args(iv(300), sv("\xe9"), sv("b"))},
	{"U*", ivs(0x7FFFFFFF, 0x80000000, 1<<36, 1<<40)}, {"U", args(sv("inf"))},
	// integers
	{"S", ivs(70000)}, {"s", ivs(-1)}, {"S", ivs(-1)}, {"n", ivs(-1)}, {"n", ivs(65537)},
	{"N", args(nv(1e20))}, {"N", args(nv(-1e20))}, {"N", ivs(4294967296)}, {"l", args(nv(1e20))},
	{"q", args(nv(1e20))}, {"Q", args(nv(1e20))}, {"q", args(nv(-1e20))}, {"Q", args(nv(-1e20))},
	{"Q", ivs(-1)}, {"j", args(sv("18446744073709551615"))}, {"j", args(nv(1.8446744073709552e19))},
	{"Q", args(sv("18446744073709551614"))}, {"Q", args(sv("18446744073709551616"))},
	{"q", args(sv("-9223372036854775809"))}, {"Q", args(sv("1e3"))}, {"Q", args(sv("  12  "))},
	{"Q", args(sv("0x10"))}, {"Q", args(sv("-0.5"))}, {"Q", args(sv("1.9"))}, {"Q", args(sv("-1.9"))},
	{"Q", args(sv(" +7"))}, {"Q", args(sv(".5e1"))}, {"Q", args(sv("9223372036854775808"))},
	{"q", args(sv("9223372036854775808"))}, {"Q", args(sv("inf"))}, {"N", args(sv("nan"))},
	{"q", args(sv("\x0b12"))}, {"q", args(sv("-0"))}, {"q", args(sv(" +9223372036854775807 "))},
	{"q", args(sv("-9223372036854775808"))}, {"q", args(sv("00000000000000000000000000012"))},
	{"Q", args(sv("18446744073709551615\n"))}, {"Q", args(sv("18446744073709551614x"))},
	{"q", args(sv("-9223372036854775807x"))}, {"i", ivs(-2)}, {"I", ivs(-1)}, {"l!", ivs(-1)},
	{"L!", args(nv(9223372036854775808))}, {"s!", ivs(70000)}, {"i<", ivs(1)}, {"i>", ivs(1)},
	{"q>", ivs(1)}, {"j<", ivs(-2)}, {"J>", ivs(5)}, {"s!<", ivs(-2)}, {"n!", ivs(-2)},
	{"N!", ivs(-2)}, {"v!", ivs(70000)}, {"S<!", ivs(1)}, {"s>2 x!4 n", ivs(1, 2, 3)},
	{"n N v V s S l L q Q j J", ivs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)},
	{"N3", ivs(1)}, {"N", args(undef())}, {"N", args(sv(""))}, {"n*", ivs(1, 2, 3)},
	{"l<2 L>2", ivs(-1, 2, -3, 4)}, {"I!", ivs(-5)}, {"i!>", ivs(-5)},
	// floats
	{"f", args(nv(1e300))}, {"f", args(nv(-1e300))}, {"f", args(sv("nan"))},
	{"f", args(nv(3.4028235677973366e38))}, {"f", args(nv(0.1))}, {"d", args(sv("inf"))},
	{"d", args(nv(math.Copysign(0, -1)))}, {"F", args(nv(1.5))}, {"f>", args(nv(1.5))}, {"d>", args(nv(1.5))},
	{"F<", args(nv(1.5))}, {"D", args(nv(1.5))}, {"D>", args(nv(1.5))}, {"D", args(sv("inf"))},
	{"D", args(nv(math.Copysign(0, -1)))}, {"D", args(sv("nan"))}, {"D", args(nv(5e-324))},
	{"D", args(nv(1e308))}, {"D", args(nv(2.2250738585072014e-308))}, {"D", args(nv(3e-320))},
	{"d", args(sv("-nan"))}, {"d", args(sv("nanq"))}, {"d", args(sv("1.#INF"))}, {"d", args(sv("1.#IND"))},
	{"D", args(nv(math.Float64frombits(0x7ff0000000000001)))}, {"D", args(nv(math.Float64frombits(0xfff4000000000000)))},
	{"f d F", args(nv(math.Float64frombits(0x7ff0000000000001)), nv(math.Float64frombits(0x7ff0000000000001)), nv(math.Float64frombits(0x7ff4000000000123)))},
	{"d", args(sv("-Infinity"))}, {"d", args(sv("in"))}, {"d", args(sv("1e-400"))}, {"d", args(sv("0.1e-322"))},
	{"d", args(sv("-"))}, {"d", args(sv("5."))}, {"d", args(sv("1e+"))}, {"d", args(sv(" -0 "))},
	{"d*", args(sv("1_000"), sv(".5"), sv("\n12"), sv("1e310"))}, {"f", args(nv(math.NaN()))},
	{"f", args(nv(1e-46))}, {"f", args(nv(3.4028234663852886e38))}, {"d", args(iv(-7))},
	// w
	{"w*", ivs(0, 127, 128, 16383, 16384)}, {"w", args(sv("18446744073709551615"))},
	{"w", args(nv(1e20))}, {"w", args(sv("123456789012345678901234567890"))}, {"w", args(nv(1.5))},
	{"w", args(sv("1.5"))}, {"w", args(sv(" 12"))}, {"w", args(sv("+5"))}, {"w", args(nv(math.Ldexp(1, 64)))},
	{"w", args(nv(1e30))}, {"w", ivs(-1)}, {"w", args(nv(inf))}, {"w", args(sv("abc"))},
	{"w", args(sv("-5"))}, {"w", args(sv("1e3"))}, {"w", args(sv("1e30"))},
	{"w", args(sv("+36893488147419103232"))}, {"w", args(sv("3+6893488147419103232"))},
	{"w", args(sv(" 36893488147419103232.9"))}, {"w", args(sv("18446744073709551615.5"))},
	{"w", args(sv("9007199254740993"))}, {"w", args(nv(1e19))}, {"w", args(sv("0 but true"))},
	{"w", args(sv("nan"))},
	// u
	{"u", args(sv("abc"))}, {"u", args(sv(""))}, {"u", args(sv("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))},
	{"u2", args(sv("xxxxxxxxxx"))}, {"u7", args(sv("xxxxxxxxxx"))}, {"u*", args(sv("abcd"))},
	{"u0", args(sv("abcd"))}, {"u100", args(sv("The quick brown fox jumps over the lazy dog, twice over. The quick brown fox."))},
	{"u", args(sv("\x00\xff\x80\x7f"))}, {"U0 u", args(sv("\xe9\xe9"))},
	// x X @ .
	{"a5 X2 a", args(sv("hello"), sv("Z"))}, {"@3 a @1 a", args(sv("x"), sv("y"))}, {"X", nil},
	{"x5 X5", nil}, {"x3 X4", nil}, {"x!4 C x!4", ivs(1)}, {"C x!4 C", ivs(1, 2)},
	{"C5 X!4 C", ivs(1, 2, 3, 4, 5, 6)}, {"x!0", nil}, {"C X!0", ivs(1)}, {"a3 X*", args(sv("abc"))},
	{"a3 x*", args(sv("abc"))}, {"C x[C] C", ivs(1, 2)}, {"a . a", args(sv("x"), iv(5), sv("y"))},
	{"a .", args(sv("xyz"), iv(1))}, {"(a .)", args(sv("xyz"), iv(1))}, {"a (a .2)", args(sv("ab"), sv("c"), iv(1))},
	{"a (a .0)", args(sv("ab"), sv("c"), iv(1))}, {"a (a .*)", args(sv("ab"), sv("c"), iv(1))},
	{"a .", args(sv("abc"), iv(-1))}, {"a3 .0", args(sv("abc"), iv(-1))}, {"a3 .0", args(sv("abc"), iv(-4))},
	{"a3 .!", args(sv("abc"), iv(1))}, {"a3 (a @0 a)", args(sv("abc"), sv("x"), sv("y"))},
	{"a3 (a @!0 a)", args(sv("abc"), sv("x"), sv("y"))}, {"a3 (a @2 a)", args(sv("abc"), sv("x"), sv("y"))},
	{"a3 (a @* a)", args(sv("abc"), sv("x"), sv("y"))}, {"a3 @", args(sv("abc"))}, {"a3 @1 a", args(sv("abc"), sv("z"))},
	{"(a)2 @1 a", args(sv("a"), sv("b"), sv("z"))}, {"a3 (X3 a)", args(sv("abc"), sv("z"))},
	{"a3 (X4 a)", args(sv("abc"), sv("z"))}, {"a3 (a X2 @0 a)", args(sv("abc"), sv("x"), sv("y"))},
	{".", args(nv(inf))}, {"a .", args(sv("abc"), iv(-5))}, {"W a3 .", args(iv(300), sv("\xe9\xe9\xe9"), iv(2))},
	{"W a3 .!", args(iv(300), sv("\xe9\xe9\xe9"), iv(2))}, {"W a3 .", args(iv(300), sv("\xe9\xe9\xe9"), iv(-2))},
	{"W a3 @2", args(iv(300), sv("\xe9\xe9\xe9"))}, {"W a3 X2", args(iv(300), sv("\xe9\xe9\xe9"))},
	{"W a3 X!2", args(iv(300), sv("\xe9\xe9\xe9"))}, {"W a3 x!4", args(iv(300), sv("\xe9\xe9\xe9"))},
	{"W @5", ivs(300)}, {"U0 a3 .", args(sv("\xe9\xe9\xe9"), iv(2))}, {"U0 a2 @1", args(sv("\xe9\xe9"))},
	// groups and counts
	{"(C)3", ivs(1, 2, 3)}, {"(C C)*", ivs(1, 2, 3, 4, 5)}, {"(C)[2] a", args(iv(1), iv(2), sv("x"))},
	{"C[3]", ivs(1, 2, 3)}, {"x[N]", nil}, {"a[(C2)2]", args(sv("abcdefg"))},
	{"(s<)2 (s)>2", ivs(1, 2, 3, 4)}, {"(s l)>", ivs(1, 2)}, {"(s (l)2)>", ivs(1, 2, 3)},
	{"(s (l)<)>", ivs(1, 2)}, {"(s (l>)<)>", ivs(1, 2)}, {"((a)2 x)2", args(sv("a"), sv("b"), sv("c"), sv("d"))},
	{"x[(a)]", nil}, {"x[a/a]", nil}, {"x[D]", nil}, {"x[P]", nil}, {"x[p]", nil}, {"x[U]", nil}, {"x[w]", nil},
	{"x[%4 N]", nil}, {"x[X!4]", nil}, {"x[X]", nil}, {"x[x!8 C]", nil}, {"x[]", nil}, {"x[ ]", nil},
	{"x[@]", nil}, {"x[y]", nil}, {"x[u]", nil}, {"x[.]", nil}, {"x[a*]", nil}, {"x[b9 h3]", nil},
	{"(a)0 a", args(sv("x"), sv("y"))}, {"()3 a", args(sv("x"))}, {"(a)*", nil},
	// slashes
	{"n/a*", args(sv("hello"))}, {"C/a3", args(sv("hello"))}, {"N/Z*", args(sv("ab"))},
	{"C/(C)", ivs(1, 2, 3)}, {"n/(C C)*", ivs(1, 2, 3, 4, 5)}, {"C/a*", nil}, {"C/A", args(sv("xyz"))},
	{"w/a*", args(sv("ab"))}, {"a/a*", args(sv("hello"))}, {"A2/a*", args(sv("hello"))},
	{"C/(C)3", ivs(1, 2, 3, 4)}, {"C/(C)2", ivs(1)}, {"n/N", ivs(1, 2)}, {"(a)/a*", args(sv("x"))},
	{"C /  a*", args(sv("xy"))}, {"C/ a", args(sv("xy"))}, {"x/a*", args(sv("xy"))}, {"@/a*", args(sv("xy"))},
	{"C/Z", args(sv("ab"))}, {"C/C/a*", args(sv("ab"))}, {"N/a* N/a*", args(sv("one"), sv("three"))},
	{"C/U*", ivs(300, 301)}, {"U0 C/a*", args(sv("\xe9"))},
	// a group loses the '/' of the item after it, or passes on its own
	{"(a)2 n/a*", args(sv("x"), sv("y"), sv("hello"))}, {"(a)0 n/a*", args(sv("hello"))},
	{"(a)0/ C a*", args(sv("hello"), sv("x"))}, {"(a)/ C a*", args(sv("q"), sv("hello"), sv("x"))},
	// perl panics where its UTF-8 decoder's fast path misreads bad bytes
	{"U0 C*", ivs(1, 0xff, 0xff, 0x80, 0, 0)}, {"U0 C*", ivs(0xff, 0xff, 0x80)}, {"U0 C*", ivs(0xb3, 0xfc, 0xbc)},
	// comments, commas
	{" C  C # comment here\n C", ivs(1, 2, 3)}, {"C # c\nC", ivs(1, 2)}, {"C#", ivs(1)}, {"C3#x\n", ivs(1, 2, 3)},
	{"C,C", ivs(1, 2)}, {"(C # (\n)2", ivs(1, 2)}, {"a[ # ]\n 3]", args(sv("abcdef"))},
	// errors
	{"y", ivs(1)}, {"a[3x]", nil}, {"a[x", nil}, {"%3C", ivs(1)}, {"(a", nil}, {"a/", nil}, {"a]", nil},
	{"C!", nil}, {"s<>", nil}, {"(3a)", nil}, {"a/3a", nil}, {"a[*]", nil}, {"x[(a)*]", nil}, {"X[a5]", nil},
	{"C99999999999999999999", nil}, {"a[999999999999999999999]", nil}, {"a[1a]", nil}, {"/a", nil},
	{"%", nil}, {"n<", ivs(1)}, {"a<", ivs(1)}, {"C/*a", args(sv("xy"))},
	{"C y", ivs(1)}, {"X y", nil}, {"C (y)", ivs(1)}, {"C (y)0", ivs(1)}, {"C (a", ivs(1)}, {"x2 X3 (", nil},
	{"\x00", nil}, {"\x00!", nil}, {"\xff", nil}, {"C s!> s<>", ivs(1, 2)}, {"(s>)<", ivs(1)},
	{"((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", args(sv("x"))},
	{"((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", args(sv("x"))},
}

type unpackCase struct {
	tmpl string
	data string
}

var unpackCases = []unpackCase{
	{"S n a4", "\x02\x00\x22\xb8\x7f\x00\x00\x01"}, {"C4", "\x7f\x00\x00\x01"},
	{"@5", "ab"}, {"@2", "ab"}, {"x5", "ab"}, {"y", "a"}, {"A*", "ab \x00 \t\n\x00"}, {"A3", "a  b"},
	{"Z*", "ab\x00cd"}, {"Z3", "abcd"}, {"a*", "ab\x00 "}, {"Z*a", "ab\x00cd"}, {"Z*a", "ab"},
	{"Z2a", "ab\x00cd"}, {"A*", "ab\xa0"}, {"A*", "ab\x0b"}, {"A*", "ab\x85"}, {"a", ""}, {"A", ""}, {"Z", ""},
	{"b*", "\x05\xff"}, {"B*", "\x05\xff"}, {"b5", "\x05\xff"}, {"B20", "\x05"}, {"H*", "\x12\xab"},
	{"h*", "\x12\xab"}, {"H3", "\x12\xab"}, {"H", "\x12"}, {"b*", ""}, {"H0", "ab"},
	{"N2", "abcdef"}, {"N*", "abcdef"}, {"C*", ""}, {"a2 N", "ab"}, {"s", "\x01"}, {"s2", "\x01\x02\x03"},
	{"f", "abc"}, {"D*", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
	{"n N v V s S l L q Q j J", "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6\xf5\xf4\xf3\xf2\xf1\xf0\xef\xee\xed\xec\xeb\xea\xe9\xe8\xe7\xe6\xe5\xe4\xe3\xe2\xe1\xe0\xdf\xde\xdd\xdc\xdb\xda\xd9\xd8\xd7\xd6\xd5\xd4\xd3\xd2\xd1\xd0\xcf\xce\xcd\xcc\xcb\xca\xc9\xc8\xc7\xc6\xc5\xc4"},
	{"n! v! N! V!", "\xff\xfe\xfe\xff\xff\xff\xff\xfe\xfe\xff\xff\xff"},
	{"s! S! i! I! l! L!", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"},
	{"s> S> l> L> q> Q> j> J>", "\x80\x01\x80\x01\x80\x00\x00\x01\x80\x00\x00\x01\x80\x00\x00\x00\x00\x00\x00\x01\x80\x00\x00\x00\x00\x00\x00\x01\x80\x00\x00\x00\x00\x00\x00\x01\x80\x00\x00\x00\x00\x00\x00\x01"},
	{"(s l)>", "\x00\x01\x00\x00\x00\x02"}, {"c*", "\x7f\x80\xff\x00"}, {"W*", "\xc4\xac"},
	{"f d F", "\xcd\xcc\xcc\x3d\x9a\x99\x99\x99\x99\x99\xb9\x3f\x00\x00\x00\x00\x00\x00\xf8\x7f"},
	{"f>", "\x7f\x80\x00\x01"}, {"f", "\x01\x00\x80\x7f"}, {"f", "\x01\x00\xc0\x7f"}, {"d", "\x01\x00\x00\x00\x00\x00\xf0\x7f"},
	{"D", "\x00\x00\x00\x00\x00\x00\x00\xc0\xff\x3f\x00\x00\x00\x00\x00\x00"},
	{"D", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"},
	{"D", "\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00"},
	{"D", "\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"},
	{"D", "\x00\x00\x00\x00\x00\x00\x00\xc0\xff\x7f\x00\x00\x00\x00\x00\x00"},
	{"D", "\x00\x00\x00\x00\x00\x00\x10\x80\x01\x00\x00\x00\x00\x00\x00\x00"},
	{"D", "\xff\xff\xff\xff\xff\xff\xff\xff\xfe\x43\x00\x00\x00\x00\x00\x00"},
	{"D", "\x01\x00\x00\x00\x00\x00\x00\x80\xce\x3b\x00\x00\x00\x00\x00\x00"},
	{"D", "\xff\x03\x00\x00\x00\x00\x00\x80\xcd\x3b\x00\x00\x00\x00\x00\x00"},
	{"D", "\x00\x04\x00\x00\x00\x00\x00\x80\xcd\x3b\x00\x00\x00\x00\x00\x00"},
	{"D", "\x00\x00\x00\x00\x00\x00\x00\x80\xff\x7f\x00\x00\x00\x00\x00\x00"},
	{"D", "\x00\x00\x00\x00\x00\x00\x00\x00\xff\x7f\x00\x00\x00\x00\x00\x00"},
	{"D", "\x00\x00\x00\x00\x00\x00\x00\x40\x01\x40\x00\x00\x00\x00\x00\x00"},
	{"D>", "\x00\x00\x00\x00\x00\x00\x40\x00\xd0\x00\x00\x00\x00\x00\x00\x00"},
	{"D", "\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00"},
	{"D", "\x01\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00"},
	{"D", "\x00\x00\x00\x00\x00\x00\xf8\xff\xfe\x43\x00\x00\x00\x00\x00\x00"},
	{"D", "\x00\x00\x00\x00\x00\x00\x00\xe0\x01\x7c\x00\x00\x00\x00\x00\x00"},
	// U and character modes
	{"U*", "\xc4\xac\x41"}, {"U0 U*", "\xc4\xac"}, {"C0 U*", "\xc4\xac"}, {"C*", "\xc4\xac"},
	{"c*", "\xc4\xac"}, {"U C", "\xc4\xac\xc3\xa9"}, {"a U", "x\xc4\xac"}, {"U*", "\xff\x41"},
	{"U0 C*", "\xe9"}, {"U0 a*", "\xe9"}, {"U", "\xc4"}, {"U0 x U*", "\xe9A"}, {"U0 x C*", "\xe9A"},
	{"U0 C0 a*", "\xe9A"}, {"a U0 a*", "\xe9A"}, {"a U0 a* X3 C0 a", "\xe9A"}, {"U0 U", "\xe9"},
	{"x U", "\xe9"}, {"a0 U", "\xe9"}, {" U*", "\xc4\xac"}, {"#x\nU*", "\xc4\xac"},
	{"C0U*", "\xc4\xac\xe2\x98\xba"}, {"C0U*", "\xc4"}, {"C0U*", "\xff\xfe"}, {"C0U*", "\x80A"},
	{"U0 X C", "ab"}, {"a U0 X C", "\xe9b"}, {"a C0 X C", "\xe9b"}, {"U0 a X a", "\xe9b"},
	{"C0 a3 X!2 a", "\xe9bcdef"}, {"U0 a3 X!2 a", "\xe9bcdef"}, {"C0U*", "\xc0\x80A"}, {"C0U*", "\xc1\xbfA"},
	{"C0U*", "\xe0\x80\x80A"}, {"C0U*", "\xe0\x9f\xbfA"}, {"C0U*", "\xed\xa0\x80A"}, {"C0U*", "\xf4\x90\x80\x80A"},
	{"C0U*", "\xf0\x80\x80\x80A"}, {"C0U*", "\xf8\x88\x80\x80\x80A"}, {"C0U*", "\xf8\x80\x80\x80\x80A"},
	{"C0U*", "\xfe\x82\x80\x80\x80\x80\x80A"}, {"C0U*", "\xfe\x80\x80\x80\x80\x80\x80A"},
	{"C0U*", "\xff\x80\x87\xbf\xbf\xbf\xbf\xbf\xbf\xbf\xbf\xbf\xbfA"}, {"C0U*", "\xff\x80\x8f\xbf\xbf\xbf\xbf\xbf\xbf\xbf\xbf\xbf\xbfA"},
	{"C0U*", "\xff\x80\x88\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80A"}, {"C0U*", "\xff\x81\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80A"},
	{"C0U*", "\xff\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80A"}, {"C0U*", "\xe2\x98A"}, {"C0U*", "\xe2A\x98A"},
	{"C0U*", "\xc4\xac\x80"}, {"C0U*", "\xef\xbf\xbf\xef\xbf\xbe"}, {"C0 W*", "\xc4\xac"}, {"C0 a C0 U", "\xe9\xc4\xac"},
	{"U0 x U*", "\xe9\xe9"}, {"U0 x3 U*", "\xe9\xe9"}, {"C0 U2 a*", "\xc4\xac\xc4\xacxyz"}, {"C0 U", "\xf4\x90\x80\x80"},
	{"(U0 x) a", "\xe9"}, {"(U0 x) C", "\xe9"}, {"(U0 x) s", "\xe9\xe9"}, {"(U0 x) b*", "\xe9\xe9"},
	{"U0 (a) a", "\xe9\xe9"}, {"x U[0]", "ab"}, {"U0 C0 A*", "\xe9  \x00"}, {"U0 C0 Z*", "\xe9\x00b"},
	{"C0 U0 b* ", "\xe9"}, {"U0 H*", "\xe9"}, {"U0 C0 H*", "\xe9"}, {"U0 C0 w", "\x81\x01"},
	{"U0 C0 n", "\xe9\xe9"}, {"U0 C0 .", "\xe9\xe9"}, {"U0 C0 a .", "\xe9\xe9"}, {"U0 C0 a @1 a", "\xe9\xe9"},
	{"U0 C0 x a", "\xe9\xff"}, {"U0 C0 x!2 a", "\xe9\xff\xfe"}, {"U0 C0 a X a", "\xe9\xff"},
	// w u
	{"w*", "\x00\x7f\x81\x00\xff\x7f\x81\x80\x00"}, {"w", "\x80"}, {"w*", "\x81\xff\xff\xff\xff\xff\xff\xff\xff\x7f"},
	{"w", "\x80\x80\x80\x80\x80\x80\x80\x80\x80\x00"}, {"w", "\x80\x80\x80\x80\x80\x80\x80\x81\x00"},
	{"w", "\x80\x80\x80\x80\x80\x80\x81\x00"}, {"w2", "\x8a\xeb\xe3\xd7\xc5\xd6\x98\xc0\x80\x00\x05"},
	{"w", "\x81\x82\x83\x84\x85\x86\x87\x88\x89"},
	{"u", "#86)C\n"}, {"u", ""}, {"u", "garbage"}, {"u a", "#86)C\nZZ"}, {"u", "#86)C"}, {"u", "!"},
	{"u", "`\n"}, {"u", "M86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C\n#86)C\n"},
	{"u", " abc"}, {"u", "#86)CX\nA"}, {"u", "%86)C8P\n"},
	// x X @ . groups
	{"a x*", "abc"}, {"x*", "abc"}, {"a (a @*)", "abc"}, {"a (a @2 a)", "abcde"}, {"a (a @!2 a)", "abcde"},
	{"a x!4 a", "abcdef"}, {"a X!4 a", "abcdef"}, {"a3 X!2 a", "abcdef"}, {"(a)*", "abc"}, {"(a2)*", "abc"},
	{"(a0)*", "abc"}, {"(C C)2", "\x01\x02\x03\x04\x05"}, {"(C)*", ""}, {"(a)3", "ab"},
	{"a . a", "abcdef"}, {"a2 (a .)", "abcdef"}, {"a2 (a .2)", "abcdef"}, {"a2 (a .0)", "abcdef"},
	{"a2 (a .*)", "abcdef"}, {"a2 X2 .", "abc"}, {"a X2 .0", "abc"}, {"a2 .", "abcd"}, {"a2 .0", "abcd"},
	{"(a2 .2)", "abcd"}, {"a (a2 .3)", "abcd"}, {"a (a .!)", "\xe9bc"}, {"U0 a (a .)", "\xe9bc"},
	{"C0 a2 .", "\xe9bc"}, {"U0 a2 .", "\xe9bc"}, {"x3 X2 .", "abcd"}, {"(x3 X2 .)", "abcd"},
	{"x[N] C", "abcde"}, {"x[(a2)3] C", "abcdefg"}, {"C[2]", "ab"}, {"x[a3 X2] C", "abc"},
	{"x[x!8 C] C", "0123456789"}, {"a[ N ] C", "abcde"}, {"x[%4 N] C", "abcde"}, {"x[X!4] C", "abcde"},
	{"x[X] C", "abcde"}, {"x[U] C", "abcde"}, {"x[w] C", "abcde"}, {"x[@] C", "abcde"}, {"x[(a)] C", "abcde"},
	{"x[a/a] C", "abcde"}, {"x[y] C", "abcde"}, {"x[p] C", "abcde"}, {"x[P] C", "abcdeabcdefghijk"},
	{"x[D] C", "abcdeabcdeabcdeabcdeabcdeabcde"}, {"x[]", "abcde"}, {"x[ ]", "abcde"},
	// slashes
	{"n/a*", "\x00\x03abcdef"}, {"C/a* a", "\x02abcdef"}, {"C/(C)", "\x02\x01\x02\x03"}, {"C/C*", "\x02\x01\x02\x03"},
	{"a/C", "3\x01\x02\x03\x04"}, {"C/a", "\x05ab"}, {"w/a", "\x02abc"}, {"C/a2", "\x02abc"}, {"C/a", ""},
	{"n/a*", "\x00"}, {"a3/a", "-1 abc"}, {"C/(a2)", "\x03abcdefgh"}, {"(C/a)*", "\x01a\x02bc\x00"},
	{"C/(a C/a)", "\x02a\x01bb\x02cd"}, {"n/a*", "\x00\x05ab"}, {"C/A", "\x05  "}, {"C/Z*", "\x05ab\x00cd"},
	{"C/Z", "\x05ab\x00cd"}, {"C/C/a", "\x01\x02ab"}, {"N/a", "\xff\xff\xff\xff"}, {"j/a", "\xff\xff\xff\xff\xff\xff\xff\xff"},
	{"d/a", "\xcd\xcc\xcc\xcc\xcc\xcc\x05\x40abc"}, {"A/a", " 2 xyz"}, {"x/a", "abc"}, {"C/x", "\x02abc"},
	{"C/(C)*", "\x02\x01\x02\x03"}, {"@2 C/a", "ab"}, {"C/", "ab"}, {"(C)/a", "\x01ab"}, {"a C/a", "x"},
	{"C x/a*", "\x02\x00ab"}, {"%C/a", "\x02ab"}, {"Q/a", "\xff\xff\xff\xff\xff\xff\xff\xff"},
	{"V/Z* C", "\x05\x00\x00\x00ab\x00cdefg"}, {"w/Z* C", "\x05ab\x00cdefg"}, {"C/b* C", "\x02\xff\x01"},
	{"C/H* C", "\x03\xab\xcd\xef"}, {"C/Z* a", "\x05ab\x00cdef"}, {"C/. a", "\x01abc"}, {"C/% C", "\x04\xff"},
	{"x0 U*", "\xb3\xfc\xbc\x16"}, {"x0 U*", "\xc0\x80\xe0\x80\x80"}, {"U0 C0 U*", "\xdf\xdd\x87\x31"},
	{"U0 C0 U*", "\xe2A\x98A"}, {"U0 C0 U*", "\xb3\xfc\xbc\x16"}, {"U0 C0 U*", "\xdf"}, {"(U0 x) C0 U*", "\xe9\xe9"},
	{"C/a #\n", "\x01ab"}, {"C/ #x\n a", "\x01ab"}, {"C/y", "\x01ab"}, {"C/(y)", "\x01ab"},
	// checksums
	{"%C*", "\x01\x02\x03"}, {"%8C*", "\xff\xff"}, {"%32N*", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"},
	{"%64Q*", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"},
	{"%65Q*", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"},
	{"%b*", "\xff\x01"}, {"%3b*", "\xff\x01"}, {"%32c*", "\xff"}, {"%64c*", "\xff"}, {"%65c*", "\xff\xfe"},
	{"%d*", "\x00\x00\x00\x00\x00\x00\xf8\x3f\x00\x00\x00\x00\x00\x00\x02\x40"}, {"%3d", "\x00\x00\x00\x00\x00\x00\x25\x40"},
	{"%32a*", "abc"}, {"%32H*", "\xff"}, {"%32u", "#86)C\n"}, {"%32w", "\x05"}, {"%32s*", "\xff\xff\xfe\xff"},
	{"%16s*", "\xff\xff\xfe\xff"}, {"%0C*", "\x01"}, {"%70C*", "\x01\x02"}, {"%32f", "\x00\x00\xc0\xbf"},
	{"%100d", "\x00\x00\x00\x00\x00\x00\xf8\xbf"}, {"%", ""}, {"%*C", "\x01\x02"}, {"%0", "\x01\x02"},
	{"%3", "\x01\x02"}, {"%32C", "\x01\x02"}, {"%64C%64C", "\x01\x02\x03"}, {"%65a*", "abc"}, {"%65b*", "abc"},
	{"%65U*", "abc"}, {"%65C*", "abc"}, {"%16w*", "\x05\x06"}, {"%32C0U*", "\xc4\xac\xc4\xac"},
	{"%32B*", "\x80\x01"}, {"%5B7", "\xff"}, {"%32x C", "ab"}, {"%32 (C)2", "ab"}, {"%32U0 C", "a"},
	{"%32d", "\x00\x00\x00\x00\x00\x00\xf0\x7f"}, {"%32d", "\x00\x00\x00\x00\x00\x00\xf8\x7f"},
	{"%7f2", "\x00\x00\x80\x3f\x00\x00\x20\x41"}, {"%20q", "\xff\xff\xff\xff\xff\xff\xff\xff"}, {"%a", "xy"},
	{"%32W*", "\xc4\xac"}, {"%32 C0 W*", "\xe9"},
	// errors and odd templates
	{"/a", "x"}, {"a/", "x"}, {"(", "x"}, {"a[3", "x"}, {"C!", "x"}, {"()", "x"},
	{"C,C", "\x01\x02"}, {"C (y)0 C", "\x01\x02"}, {"C y", "\x01\x02"}, {"C Y", "\x01"}, {"\x00", "x"},
}

func TestPackMatchesPerl(t *testing.T) {
	requests := make([]string, len(packCases))
	got := make([]string, len(packCases))
	for i, c := range packCases {
		requests[i] = packRequest(c.tmpl, c.args)
		got[i] = goPackAnswer(c.tmpl, c.args, defaultMaxOutput)
	}
	want := expected(t, "pack.golden", requests)
	compareAnswers(t, requests, want, got)
}

func TestUnpackMatchesPerl(t *testing.T) {
	requests := make([]string, len(unpackCases))
	got := make([]string, len(unpackCases))
	for i, c := range unpackCases {
		requests[i] = unpackRequest(c.tmpl, c.data)
		got[i] = goUnpackAnswer(c.tmpl, c.data, defaultMaxOutput)
	}
	want := expected(t, "unpack.golden", requests)
	compareAnswers(t, requests, want, got)
}

// TestRoundTrip unpacks what pack made, comparing with perl's unpack of
// perl's pack.
func TestRoundTripMatchesPerl(t *testing.T) {
	var requests, got []string
	for _, c := range packCases {
		packed, err := Pack(c.tmpl, c.args)
		if err != nil {
			continue
		}
		requests = append(requests, unpackRequest(c.tmpl, packed))
		got = append(got, goUnpackAnswer(c.tmpl, packed, defaultMaxOutput))
	}
	want := expected(t, "roundtrip.golden", requests)
	compareAnswers(t, requests, want, got)
}

// TestPointersUnsupported checks the one deliberate difference from perl:
// p and P would pack the addresses of Go memory, so they are refused.
func TestPointersUnsupported(t *testing.T) {
	for _, tc := range []struct{ tmpl, want string }{
		{"p", "'p' is not supported in pack"},
		{"C P", "'P' is not supported in pack"},
	} {
		_, err := Pack(tc.tmpl, ivs(1, 2))
		if err == nil || err.Error() != tc.want {
			t.Errorf("Pack(%q) error = %v, want %q", tc.tmpl, err, tc.want)
		}
	}
	for _, tc := range []struct{ tmpl, want string }{
		{"p", "'p' is not supported in unpack"},
		{"P", "'P' is not supported in unpack"},
	} {
		_, err := Unpack(tc.tmpl, "12345678")
		if err == nil || err.Error() != tc.want {
			t.Errorf("Unpack(%q) error = %v, want %q", tc.tmpl, err, tc.want)
		}
	}
}
