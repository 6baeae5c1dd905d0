package builtins

// perl decodes UTF-8 with a fast DFA (after Bjoern Hoehrmann's) before
// falling back to a full decoder. The DFA's reject state is 1, which is
// also used as an offset into the transition table, so a sequence that
// starts with a bad byte is not rejected at once: the next bytes can walk
// it into an accepting state and perl returns a made-up character (for
// example B3 FC BC decodes as U+0F3C). unpack's U, C, W and the check
// perl makes on pack's U0 results all see this, so it is reproduced here
// with perl 5.36's table (PL_strict_utf8_dfa_tab in perl.h).

// dfaClass maps each byte to its character class.
var dfaClass = [256]uint8{
	0x80: 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10,
	11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 12,
	13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 14,
	15, 15, 15, 15, 15, 15, 15, 16, 15, 15, 15, 15, 15, 15, 17, 18,
	1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	7, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 3, 4,
	8, 6, 6, 6, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
}

// The DFA's states are offsets of rows of dfaNumClasses entries; 0
// accepts and 1 rejects.
const dfaNumClasses = 19

const (
	n0  = 0
	n1  = n0 + dfaNumClasses
	n2  = n1 + dfaNumClasses
	n3  = n2 + dfaNumClasses
	n4  = n3 + dfaNumClasses
	n5  = n4 + dfaNumClasses
	n6  = n5 + dfaNumClasses
	n7  = n6 + dfaNumClasses
	n8  = n7 + dfaNumClasses
	n9  = n8 + dfaNumClasses
	n10 = n9 + dfaNumClasses
	n11 = n10 + dfaNumClasses
)

// dfaNext is the transition table, indexed by state + class.
var dfaNext = [...]uint8{
	/*n0*/ 0, 1, n1, n2, n4, n7, n6, n3, n5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/*n1*/ 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/*n2*/ 1, 1, 1, 1, 1, 1, 1, 1, 1, n1, n1, n1, n1, n1, n1, n1, n1, n1, n1,
	/*n3*/ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, n1, n1, n1, n1, n1, n1,
	/*n4*/ 1, 1, 1, 1, 1, 1, 1, 1, 1, n1, n1, n1, n1, n1, n1, n1, n8, n1, n9,
	/*n5*/ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, n2, n10, n2, n10, n2, n2, n2, n10,
	/*n6*/ 1, 1, 1, 1, 1, 1, 1, 1, 1, n2, n10, n2, n10, n2, n10, n2, n2, n2, n10,
	/*n7*/ 1, 1, 1, 1, 1, 1, 1, 1, 1, n2, n10, 1, 1, 1, 1, 1, 1, 1, 1,
	/*n8*/ 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0,
	/*n9*/ 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1,
	/*n10*/ 1, 1, 1, 1, 1, 1, 1, 1, 1, n1, n1, n1, n1, n1, n1, n1, n1, n1, n11,
	/*n11*/ 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1,
}

// dfaDecode runs perl's fast path on b. It reports whether the DFA
// accepted, with the value and length it accepted.
func dfaDecode(b []byte) (uv uint64, n int, ok bool) {
	if len(b) == 0 {
		return 0, 0, false
	}
	class := dfaClass[b[0]]
	if class == 0 {
		return uint64(b[0]), 1, true
	}
	state := int(dfaNext[class])
	uv = uint64(0xFF>>class) & uint64(b[0])
	for i := 1; i < len(b); i++ {
		class = dfaClass[b[i]]
		state = int(dfaNext[state+int(class)])
		uv = uv<<6 | uint64(b[i]&0x3F)
		if state == 0 {
			return uv, i + 1, true
		}
		if state == 1 {
			break
		}
	}
	return 0, 0, false
}

// perlDecode is perl's utf8n_to_uvchr: the fast path, then the full
// decoder, whose malformations read as replacement (U+FFFD) when perl
// allows any malformation and as 0 otherwise. n is at least 1.
func perlDecode(b []byte, replacement uint64) (uint64, int) {
	if uv, n, ok := dfaDecode(b); ok {
		return uv, n
	}
	uv, n, ok := decodeUTF8(b)
	if !ok {
		return replacement, max(n, 1)
	}
	return uv, n
}

// packUTF8Error is the error pack dies with when a U0 result is not valid
// UTF-8. perl re-decodes the first bad character to word the message;
// when the fast path happens to accept it, perl panics instead.
func packUTF8Error(s []byte) error {
	at := 0
	for at < len(s) {
		_, n, ok := decodeUTF8(s[at:])
		if !ok {
			break
		}
		at += n
	}
	if _, _, ok := dfaDecode(s[at:]); ok {
		return errorf("panic: _force_out_malformed_utf8_message should be called only when there are errors found")
	}
	return errorf("Malformed UTF-8 character (fatal)")
}
