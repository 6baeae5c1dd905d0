package builtins

import (
	"strings"
	"testing"

	"github.com/miniperl/miniperl/value"
)

var sockaddrArgs = []value.Scalar{value.IntValue(2), value.IntValue(8888), value.StrValue("\x7f\x00\x00\x01")}

func BenchmarkPackSockaddr(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Pack("S n a4 x8", sockaddrArgs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPackSockaddrCached(b *testing.B) {
	var c Templates
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Pack("S n a4 x8", sockaddrArgs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnpackSockaddr(b *testing.B) {
	addr, _ := Pack("S n a4 x8", sockaddrArgs)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Unpack("S n a4", addr); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnpackSockaddrCached(b *testing.B) {
	addr, _ := Pack("S n a4 x8", sockaddrArgs)
	var c Templates
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Unpack("S n a4", addr); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPackFrame(b *testing.B) {
	payload := []value.Scalar{value.StrValue(strings.Repeat("x", 100))}
	var c Templates
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Pack("N/a*", payload); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnpackFrame(b *testing.B) {
	var c Templates
	frame, _ := c.Pack("N/a*", []value.Scalar{value.StrValue(strings.Repeat("x", 100))})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Unpack("N/a*", frame); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSprintf(b *testing.B) {
	args := []value.Scalar{value.StrValue("host"), value.IntValue(8080), value.FloatValue(3.14159), value.IntValue(255)}
	b.ReportAllocs()
	for b.Loop() {
		_ = Sprintf("%s:%d %5.2f %#x", args)
	}
}

func BenchmarkSprintfVector(b *testing.B) {
	args := []value.Scalar{value.StrValue("\x7f\x00\x00\x01")}
	b.ReportAllocs()
	for b.Loop() {
		_ = Sprintf("%vd", args)
	}
}
