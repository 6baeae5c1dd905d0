package interp

import (
	"context"
	"net/netip"
	"testing"
)

// TestParseAnswers checks the DNS reply decoding on a reply built by hand:
// a compressed name pointing back to the question, and two A records.
func TestParseAnswers(t *testing.T) {
	q := buildQuery("example.test", dnsTypeA)
	reply := append([]byte(nil), q...)
	reply[2], reply[3] = 0x81, 0x80 // a response, no error
	reply[7] = 2                    // two answers
	for _, ip := range [][]byte{{192, 0, 2, 1}, {192, 0, 2, 2}} {
		reply = append(reply, 0xc0, 12, 0, dnsTypeA, 0, 1, 0, 0, 0, 60, 0, 4)
		reply = append(reply, ip...)
	}
	got, ok := parseAnswers(reply, q[:2], dnsTypeA)
	if !ok || len(got) != 2 || string(got[1]) != "\xc0\x00\x02\x02" {
		t.Fatalf("parseAnswers = %q, %v", got, ok)
	}
	if _, ok := parseAnswers(reply[:20], q[:2], dnsTypeA); ok {
		t.Error("a truncated reply was accepted")
	}
}

// TestLookupFromHosts: numeric addresses and /etc/hosts names resolve
// without any DNS traffic.
func TestLookupFromHosts(t *testing.T) {
	if got := lookupIPv4(context.Background(), "127.0.0.1"); len(got) != 1 || got[0] != [4]byte{127, 0, 0, 1} {
		t.Errorf("127.0.0.1 gave %v", got)
	}
	if got := lookupIPv4(context.Background(), "localhost"); len(got) == 0 || got[0] != [4]byte{127, 0, 0, 1} {
		t.Skipf("localhost is not 127.0.0.1 in this machine's /etc/hosts (%v)", got)
	}
	if name := lookupName(context.Background(), netip.MustParseAddr("127.0.0.1")); name == "" {
		t.Error("no name for 127.0.0.1 although /etc/hosts has one")
	}
}
