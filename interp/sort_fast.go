package interp

import (
	"slices"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// sortKind is a sort block perl itself recognises and sorts without
// running it: { $a <=> $b }, { $b <=> $a }, { $a cmp $b }, { $b cmp $a }.
type sortKind int

const (
	sortBlock sortKind = iota
	sortNumAsc
	sortNumDesc
	sortStrAsc
	sortStrDesc
)

// simpleSortBlock recognises the comparisons of sortKind.
func simpleSortBlock(b *parser.Block) sortKind {
	e := singleExpr(b)
	x, ok := e.(*parser.Binary)
	if !ok || (x.Op != "<=>" && x.Op != "cmp") {
		return sortBlock
	}
	name := func(n parser.Node) string {
		if v, ok := n.(*parser.Var); ok && v.Sigil == '$' {
			return v.Name
		}
		return ""
	}
	l, r := name(x.L), name(x.R)
	asc := l == "a" && r == "b"
	desc := l == "b" && r == "a"
	switch {
	case asc && x.Op == "<=>":
		return sortNumAsc
	case desc && x.Op == "<=>":
		return sortNumDesc
	case asc:
		return sortStrAsc
	case desc:
		return sortStrDesc
	}
	return sortBlock
}

// singleExpr returns the expression of a block that is one plain
// expression statement, or nil.
func singleExpr(b *parser.Block) parser.Node {
	if b == nil || len(b.Stmts) != 1 {
		return nil
	}
	s := b.Stmts[0]
	if s.Simple == nil || s.Simple.Modifier != nil || s.Label != nil || s.Simple.X == nil {
		return nil
	}
	return s.Simple.X.Node
}

// sortCompareBlock compiles a sort block to a comparison returning the
// block's value as an int; a block of one expression is compiled as that
// expression, without the statement machinery.
func (c *compiler) sortCompareBlock(b *parser.Block) func(fr *frame) int {
	if e := singleExpr(b); e != nil {
		if _, isCtl := e.(*parser.Control); !isCtl {
			c.pushScope()
			f := c.scalar(e)
			c.popScope()
			return func(fr *frame) int { return int(f(fr).Int()) }
		}
	}
	body := blockScalarOf(c.block(b, true))
	return func(fr *frame) int { return int(body(fr).Int()) }
}

// fastSortCompare is the comparison of a recognised sort block.
func fastSortCompare(k sortKind) func(x, y value.Scalar) int {
	num := func(x, y value.Scalar) int {
		if x.Kind() == value.Int && y.Kind() == value.Int {
			i, j := x.RawInt(), y.RawInt()
			switch {
			case i < j:
				return -1
			case i > j:
				return 1
			}
			return 0
		}
		r, _ := numCompare(x, y)
		return r
	}
	switch k {
	case sortNumAsc:
		return num
	case sortNumDesc:
		return func(x, y value.Scalar) int { return num(y, x) }
	case sortStrAsc:
		return strCmp
	case sortStrDesc:
		return func(x, y value.Scalar) int { return strCmp(y, x) }
	}
	return nil
}

// mergeSort sorts vals stably with cmp, as perl's mergesort does: runs
// of insertion sort, then merges through one buffer.
func mergeSort[T any](vals []T, cmp func(x, y T) int) {
	n := len(vals)
	const run = 12
	for lo := 0; lo < n; lo += run {
		hi := min(lo+run, n)
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && cmp(vals[j-1], vals[j]) > 0; j-- {
				vals[j-1], vals[j] = vals[j], vals[j-1]
			}
		}
	}
	if n <= run {
		return
	}
	buf := make([]T, n)
	src, dst := vals, buf
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := min(lo+width, n)
			hi := min(lo+2*width, n)
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if cmp(src[j], src[i]) < 0 {
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	if &src[0] != &vals[0] {
		copy(vals, src)
	}
}

// sortUniform sorts values that are all integers (for <=>) or all plain
// strings (for cmp) as bare int64s or strings, which is much faster
// than moving whole scalars; equal keys are then identical values, so
// stability does not matter. It reports false, doing nothing, for any
// other list.
func sortUniform(vals []value.Scalar, k sortKind) bool {
	if len(vals) < 2 {
		return true
	}
	switch k {
	case sortNumAsc, sortNumDesc:
		keys := make([]int64, len(vals))
		for i, v := range vals {
			if v.Kind() != value.Int {
				return false
			}
			keys[i] = v.RawInt()
		}
		sortInt64s(keys)
		if k == sortNumDesc {
			slices.Reverse(keys)
		}
		for i, n := range keys {
			vals[i] = value.IntValue(n)
		}
		return true
	case sortStrAsc, sortStrDesc:
		keys := make([]string, len(vals))
		for i, v := range vals {
			if v.Kind() != value.Str || v.IsUTF8() {
				return false
			}
			keys[i] = v.String()
		}
		slices.Sort(keys)
		if k == sortStrDesc {
			slices.Reverse(keys)
		}
		for i, s := range keys {
			vals[i] = value.StrValue(s)
		}
		return true
	}
	return false
}
