package interp

import (
	"time"

	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
)

// ioSelectModule is IO::Select: a set of handles and can_read /
// can_write waits over them. The object is a blessed hash whose "handles"
// entry is an array of the handles in the order they were added.
func ioSelectModule() *module {
	subs := map[string]nativeFn{
		"new":           selNew,
		"add":           selAdd,
		"remove":        selRemove,
		"handles":       selHandles,
		"count":         selCount,
		"exists":        selExists,
		"can_read":      selWait(0),
		"can_write":     selWait(1),
		"has_exception": selWait(2),
	}
	return &module{name: "IO::Select", subs: subs, tags: map[string][]string{}}
}

// selSet returns the handle array of an IO::Select object.
func selSet(fr *frame, args []*value.Scalar) *value.Array {
	v := argOr(args, 0)
	if h, ok := v.Pointer().(*value.Hash); ok && v.Kind() == value.Ref {
		e := h.Elem("handles")
		if a, ok := e.Pointer().(*value.Array); ok && e.Kind() == value.Ref {
			return a
		}
		a := &value.Array{}
		fr.it.store(e, fr.it.trackStored(a))
		return a
	}
	fr.it.dieMsg(fr.it.withPosition("Not an IO::Select object", fr.it.callFile, fr.it.callLine))
	return nil
}

func selNew(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	h := value.NewHash()
	h.Blessed = classOf(argOr(args, 0))
	obj := fr.it.track(h)
	selAdd(fr, append([]*value.Scalar{&obj}, args[1:]...), scalarCtx)
	return []value.Scalar{obj}
}

// sameHandle reports whether two handle values name the same handle.
func sameHandle(it *Interp, a, b value.Scalar) bool {
	ga, gb := it.globOf(a), it.globOf(b)
	return ga != nil && ga == gb
}

func selAdd(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	set := selSet(fr, args)
	for _, a := range args[1:] {
		if fr.it.globOf(*a) == nil {
			continue
		}
		dup := false
		for _, e := range set.Values() {
			dup = dup || sameHandle(fr.it, e, *a)
		}
		if !dup {
			fr.it.arrayPush(set, *a)
		}
	}
	return []value.Scalar{value.IntValue(int64(set.Len()))}
}

func selRemove(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	set := selSet(fr, args)
	var keep []value.Scalar
	for _, e := range set.Values() {
		gone := false
		for _, a := range args[1:] {
			gone = gone || sameHandle(fr.it, e, *a)
		}
		if !gone {
			keep = append(keep, e)
		}
	}
	fr.it.arraySet(set, keep)
	return []value.Scalar{value.IntValue(int64(set.Len()))}
}

func selHandles(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	return selSet(fr, args).Values()
}

func selCount(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	return []value.Scalar{value.IntValue(int64(selSet(fr, args).Len()))}
}

func selExists(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	for _, e := range selSet(fr, args).Values() {
		if sameHandle(fr.it, e, argOr(args, 1)) {
			return []value.Scalar{e}
		}
	}
	return []value.Scalar{value.UndefValue()}
}

// selWait is can_read (0), can_write (1) and has_exception (2): it waits
// up to the timeout (undef: for ever) and returns the ready handles.
// Handles with input already buffered count as readable at once, which
// is what a script reading lines with <$fh> needs.
func selWait(which int) nativeFn {
	return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
		it := fr.it
		handles := selSet(fr, args).Values()
		timeout := time.Duration(-1)
		if t := argOr(args, 1); !t.IsUndef() {
			timeout = time.Duration(t.Float() * float64(time.Second))
		}
		var fds []int
		byFd := map[int]value.Scalar{}
		var ready []value.Scalar
		for _, h := range handles {
			g := it.globOf(h)
			if g == nil || g.IO == nil || g.IO.Fd() < 0 {
				continue
			}
			if which == 0 && g.IO.Buffered() > 0 {
				ready = append(ready, h)
				continue
			}
			fds = append(fds, g.IO.Fd())
			byFd[g.IO.Fd()] = h
		}
		if len(ready) > 0 {
			timeout = 0
		}
		sets := [3][]int{}
		sets[which] = fds
		r, w, e, err := perlio.Select(it.ctx, sets[0], sets[1], sets[2], timeout)
		if err != nil {
			it.checkCancel(err)
			it.setErrno(err)
			return ready
		}
		for _, fd := range [3][]int{r, w, e}[which] {
			ready = append(ready, byFd[fd])
		}
		return ready
	}
}
