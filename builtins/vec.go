package builtins

import (
	"math"

	"github.com/miniperl/miniperl/value"
)

// vec, after pp_vec in pp.c and do_vecget/do_vecset in doop.c.

// VecRange is what pp_vec finds wrong with an offset: nothing, a negative
// offset, or one too large to address.
type VecRange uint8

// The ranges of a vec offset.
const (
	VecInRange VecRange = iota
	VecNegative
	VecTooLarge
)

// VecOffset is vec's OFFSET as pp_vec takes it: an element index N, or
// why it cannot be one. Bad offsets read as 0; they are errors only when
// written.
type VecOffset struct {
	N     uint64
	Range VecRange
}

// VecOffsetOf converts vec's OFFSET argument as perl's SvIV sees it. An
// unsigned integer above the signed range is too large; a float at or
// above 2**63 wraps through perl's UV-to-IV conversion to a negative
// offset, so perl reports it as negative.
func VecOffsetOf(v value.Scalar) VecOffset {
	num := v.Num()
	switch num.Kind() {
	case value.Uint:
		return VecOffset{Range: VecTooLarge}
	case value.Float:
		if f := num.Float(); f >= 9.223372036854775807e18 {
			return VecOffset{Range: VecNegative}
		}
	}
	i := num.Int()
	if i < 0 {
		return VecOffset{Range: VecNegative}
	}
	return VecOffset{N: uint64(i)}
}

// VecMaxLen bounds the strings VecSet may grow. perl would try to
// allocate whatever the script asks and abort; failing with perl's "Out of
// memory!" keeps the host process alive.
const VecMaxLen = 1 << 31

// vecSize is BITS as do_vecget and do_vecset take it: perl pops an IV and
// passes it on as a C int, so only its low 32 bits count.
func vecSize(bits int64) (uint64, error) {
	size := int32(bits)
	// Widths above 64 pass this check in perl too.
	if size < 1 || size&(size-1) != 0 {
		return 0, errorf("Illegal number of bits in vec")
	}
	return uint64(size), nil
}

// VecGet is perl's vec(STRING, OFFSET, BITS) as a value: the BITS-wide
// element at OFFSET of s, a byte string. Below 8 bits the elements fill
// each byte from its least significant bit; from 8 bits up an element is
// that many bytes, most significant first. Bytes past the end of s read as
// zero. An offset out of range reads as 0 without checking BITS, as in
// perl; a BITS that is not a power of two fails with "Illegal number of
// bits in vec".
func VecGet(s string, off VecOffset, bits int64) (uint64, error) {
	if off.Range != VecInRange {
		return 0, nil
	}
	size, err := vecSize(bits)
	if err != nil {
		return 0, err
	}
	o := off.N
	if size <= 8 {
		byteOff := o / (8 / size)
		if byteOff >= uint64(len(s)) {
			return 0, nil
		}
		shift := (o % 8) * size % 8
		return uint64(s[byteOff]>>shift) & (1<<size - 1), nil
	}
	n := size / 8
	if o > math.MaxUint64/n-1 {
		return 0, nil
	}
	start := o * n
	if start >= uint64(len(s)) {
		return 0, nil
	}
	avail := min(n, uint64(len(s))-start)
	if avail > 8 {
		// perl reads nothing for an element wider than a UV when all
		// of it is there.
		return 0, nil
	}
	var out uint64
	for k := uint64(0); k < avail; k++ {
		// Byte k of the element is worth 2**(size-8-8k). The shift is
		// taken modulo 64 as x86-64 does in perl's C, which only matters
		// for widths above 64.
		out += uint64(s[start+k]) << ((size - 8 - 8*k) & 63)
	}
	return out, nil
}

// VecSet is perl's vec(STRING, OFFSET, BITS) = VAL: s with val's low BITS
// bits stored in the element, grown with NUL bytes to reach it. It fails
// as perl does: "Negative offset to vec in lvalue context", "Illegal
// number of bits in vec", and "Out of memory!" for strings that would
// pass VecMaxLen.
func VecSet(s string, off VecOffset, bits int64, val uint64) (string, error) {
	switch off.Range {
	case VecNegative:
		return "", errorf("Negative offset to vec in lvalue context")
	case VecTooLarge:
		return "", errorf("Out of memory!")
	}
	size, err := vecSize(bits)
	if err != nil {
		return "", err
	}
	o := off.N
	var shift uint64
	if size < 8 {
		shift = (o % 8) * size % 8
		o /= 8 / size
	} else if size > 8 {
		n := size / 8
		if o > (VecMaxLen-n)/n {
			return "", errorf("Out of memory!")
		}
		o *= n
	}
	need := (shift + size + 7) / 8
	if o+need > VecMaxLen {
		return "", errorf("Out of memory!")
	}
	b := make([]byte, max(uint64(len(s)), o+need))
	copy(b, s)
	switch {
	case size < 8:
		mask := byte(1<<size - 1)
		b[o] = b[o]&^(mask<<shift) | (byte(val)&mask)<<shift
	case size <= 64:
		for k := uint64(0); k < size/8; k++ {
			b[o+k] = byte(val >> (size - 8 - 8*k))
		}
	}
	// Wider elements only grow the string: perl has no case for them.
	return bytesToString(b), nil
}
