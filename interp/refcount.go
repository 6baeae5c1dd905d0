package interp

import (
	"strings"

	"github.com/miniperl/miniperl/value"
)

// Reference counting for DESTROY, weak references and implicit close.
//
// Go's collector frees memory, but perl programs also rely on *when* a
// value dies: DESTROY runs, weak references turn undef and handles close
// as the last reference goes. A program whose source mentions DESTROY or
// weaken (or that loads a module defining DESTROY: it is then compiled
// again) is compiled in "rc mode"; other programs pay one predictable
// branch on a few paths (store, push, shift, return) and nothing else.
//
// In rc mode the containers a program makes anonymously are tracked:
// {} and [] (and autovivified ones), anonymous subs, and handle globs
// (open my $fh, IO::Socket and IO::File objects). value.RC.Count counts
// the strong references to one stored in variables and elements, plus
// one per entry on the temporaries stack (rcs.tmps), which plays perl's
// mortal stack: a new anonymous value, a sub's return values and values
// taken out of an array or hash (shift, pop, splice, delete) hold a
// count there until the end of the statement that made them. Statements
// whose value flows outward (the last of a block) leave their
// temporaries to the enclosing statement; loops free theirs each
// iteration. When a count reaches zero the value is destroyed at once:
// DESTROY (or AUTOLOAD) for an object, weak references cleared, the
// references it holds released in turn; a handle is closed, an
// anonymous sub releases the variables it captured.
//
// Lexicals are released when their scope is left, in reverse order of
// declaration (also when die unwinds, by a deferred call); as in perl an
// if/elsif block or do block of a single statement has no scope of its
// own. A named array or hash a reference is taken to (\%self) is counted
// from then on, its scope holding one count. A scalar captured by
// anonymous subs is released when its scope and the last of those subs
// are gone. The file's lexicals are released before the END blocks;
// global destruction, after them, destroys what is left in order of
// creation (perl's order there is unspecified).
//
// Limits: cycles live until global destruction (as in perl, unless
// weakened); a scalar variable a reference was taken to (\$x) is never
// released early; a variable captured by a named sub lives for the whole
// run (as in perl); handles and subs stored only where nothing counts
// (a glob's slot) are not closed or released; blessed scalar references
// are not supported.
type rcState struct {
	// tmps are the referents held by temporaries, each holding a count.
	tmps []any
	// objects are the blessed containers in order of blessing, for global
	// destruction; destroyed ones are dropped when the list has doubled
	// since it was last compacted.
	objects   []any
	compactAt int
	// weak are the containers holding weak references, by referent.
	weak map[any][]*value.Scalar
	// caps counts the holders of scalar variables that anonymous subs
	// captured: the variable's own scope while it lasts, and each live
	// closure. pinned are variables a reference was taken to, which are
	// never released.
	caps   map[*value.Scalar]int32
	pinned map[*value.Scalar]bool
}

// track starts counting references to a new anonymous container and
// returns a reference to it held by a temporary.
func (it *Interp) track(p any) value.Scalar {
	v := value.RefValue(p)
	if !it.rc {
		return v
	}
	if rc := value.RCOf(p); rc != nil {
		rc.Tracked = true
		rc.Count = 1
		it.rcs.tmps = append(it.rcs.tmps, p)
	}
	return v
}

// trackStored starts counting references to a new container that is
// stored at once (autovivification): the store gives it its count.
func (it *Interp) trackStored(p any) value.Scalar {
	if it.rc {
		if rc := value.RCOf(p); rc != nil {
			rc.Tracked = true
		}
	}
	return value.RefValue(p)
}

// counted returns the count record of a strong reference to a tracked,
// live container, or nil.
func counted(v value.Scalar) *value.RC {
	if v.Kind() != value.Ref || v.IsWeak() {
		return nil
	}
	rc := value.RCOf(v.Pointer())
	if rc == nil || !rc.Tracked || rc.Freed {
		return nil
	}
	return rc
}

// store is `*p = v` with the reference counts kept: the new value is
// counted before the old one is released, so `$x = $x->{next}` is safe.
// A weak reference copied is a strong one, as in perl.
func (it *Interp) store(p *value.Scalar, v value.Scalar) {
	if it.rc {
		it.rcStore(p, v)
		return
	}
	*p = v
}

// rcStore is store in a reference-counted program.
func (it *Interp) rcStore(p *value.Scalar, v value.Scalar) {
	if v.Kind() != value.Ref && p.Kind() != value.Ref {
		*p = v
		return
	}
	if v.Kind() == value.Ref {
		v = v.Weakened(false)
		if rc := counted(v); rc != nil {
			rc.Count++
			rc.Stored = true
		}
	}
	old := *p
	*p = v
	it.decRef(old)
}

// incRef counts one more stored reference.
func (it *Interp) incRef(v value.Scalar) {
	if v.Kind() != value.Ref {
		return
	}
	if rc := counted(v); rc != nil {
		rc.Count++
		rc.Stored = true
	}
}

// decRef releases one stored reference, destroying the referent when it
// was the last.
func (it *Interp) decRef(v value.Scalar) {
	if v.Kind() != value.Ref {
		return
	}
	if rc := counted(v); rc != nil {
		rc.Count--
		if rc.Count <= 0 {
			it.destroy(v.Pointer(), rc)
		}
	}
}

// mortal makes a temporary hold v (a sub's return value) until the end of
// the current statement.
func (it *Interp) mortal(v value.Scalar) {
	if v.Kind() != value.Ref {
		return
	}
	if rc := counted(v); rc != nil {
		rc.Count++
		it.rcs.tmps = append(it.rcs.tmps, v.Pointer())
	}
}

// mortalList is mortal for each value.
func (it *Interp) mortalList(vals []value.Scalar) {
	for _, v := range vals {
		it.mortal(v)
	}
}

// mortalMove hands the count of a value taken out of a container (shift,
// pop, delete, splice) to a temporary.
func (it *Interp) mortalMove(v value.Scalar) {
	if rc := counted(v); rc != nil {
		it.rcs.tmps = append(it.rcs.tmps, v.Pointer())
	}
}

// freeTmps releases the temporaries made since mark, newest first, as
// perl's FREETMPS at a statement boundary.
func (it *Interp) freeTmps(mark int) {
	for len(it.rcs.tmps) > mark {
		i := len(it.rcs.tmps) - 1
		p := it.rcs.tmps[i]
		it.rcs.tmps[i] = nil
		it.rcs.tmps = it.rcs.tmps[:i]
		if rc := value.RCOf(p); rc != nil && !rc.Freed {
			rc.Count--
			if rc.Count <= 0 {
				it.destroy(p, rc)
			}
		}
	}
}

// destroy runs when a container's last reference is gone: DESTROY if it
// is an object, weak references cleared, and what it holds released.
func (it *Interp) destroy(p any, rc *value.RC) {
	rc.Freed = true
	if b, ok := p.(value.Blessable); ok && b.BlessedInto() != "" {
		it.callDestroy(p, b.BlessedInto())
	}
	it.clearWeak(p)
	switch t := p.(type) {
	case *Glob:
		// A handle or sub never stored in a counted place may be held
		// where nothing counts (a glob's slot): it is left alone.
		if rc.Stored {
			it.closeLast(t)
		}
	case *Closure:
		if rc.Stored {
			it.releaseCaptures(t)
		}
	case *value.Hash:
		for _, k := range t.Keys() {
			it.decRef(t.Get(k))
		}
	case *value.Array:
		for i := len(t.Elems) - 1; i >= 0; i-- {
			if e := t.Elems[i]; e != nil {
				it.decRef(*e)
			}
		}
	}
}

// registerObject notes a blessed container for global destruction.
func (it *Interp) registerObject(p any) {
	if !it.rc {
		return
	}
	rc := value.RCOf(p)
	if rc == nil || rc.Registered {
		return
	}
	rc.Registered = true
	if len(it.rcs.objects) >= it.rcs.compactAt {
		live := it.rcs.objects[:0]
		for _, o := range it.rcs.objects {
			if r := value.RCOf(o); !r.Freed {
				live = append(live, o)
			}
		}
		clear(it.rcs.objects[len(live):])
		it.rcs.objects = live
		it.rcs.compactAt = max(64, 2*len(live))
	}
	it.rcs.objects = append(it.rcs.objects, p)
}

// callDestroy calls the class's DESTROY (or AUTOLOAD, as perl does) with
// a reference to the object. A die inside becomes a "(in cleanup)"
// warning.
func (it *Interp) callDestroy(p any, class string) {
	cl := it.findMethod(class, "DESTROY")
	if cl == nil {
		auto := it.findMethod(class, "AUTOLOAD")
		if auto == nil || auto.native != nil {
			return
		}
		*it.glob(auto.name[:strings.LastIndex(auto.name, "::")] + "::AUTOLOAD").Scalar = value.StrValue(class + "::DESTROY")
		cl = auto
	}
	self := value.RefValue(p)
	savedFile, savedLine := it.callFile, it.callLine
	defer func() {
		it.callFile, it.callLine = savedFile, savedLine
		if r := recover(); r != nil {
			d, ok := r.(*dieSignal)
			if !ok {
				panic(r)
			}
			if it.cfg.Warnings || it.prog.warnings {
				it.warnMsg("\t(in cleanup) " + d.val.String())
			}
		}
	}()
	fr := it.mainFrame
	it.callSub(cl, []*value.Scalar{&self}, voidCtx, fr)
}

// clearWeak sets the weak references to p to undef.
func (it *Interp) clearWeak(p any) {
	list, ok := it.rcs.weak[p]
	if !ok {
		return
	}
	delete(it.rcs.weak, p)
	for _, s := range list {
		if s.IsWeak() && s.Pointer() == p {
			*s = value.UndefValue()
		}
	}
}

// weaken makes the reference in *p weak: it stops counting, and is
// cleared when the referent is destroyed.
func (it *Interp) weaken(p *value.Scalar) {
	v := *p
	if v.Kind() != value.Ref || v.IsWeak() {
		return
	}
	*p = v.Weakened(true)
	rc := value.RCOf(v.Pointer())
	if rc == nil || !rc.Tracked || rc.Freed || !it.rc {
		return
	}
	if it.rcs.weak == nil {
		it.rcs.weak = map[any][]*value.Scalar{}
	}
	it.rcs.weak[v.Pointer()] = append(it.rcs.weak[v.Pointer()], p)
	rc.Count--
	if rc.Count <= 0 {
		it.destroy(v.Pointer(), rc)
	}
}

// unweaken makes a weak reference strong again.
func (it *Interp) unweaken(p *value.Scalar) {
	v := *p
	if !v.IsWeak() {
		return
	}
	v = v.Weakened(false)
	*p = v
	it.incRef(v)
}

// arraySet replaces an array's contents (list assignment), counting the
// new values before releasing the old.
func (it *Interp) arraySet(a *value.Array, vals []value.Scalar) {
	if !it.rc {
		a.SetValues(vals)
		return
	}
	old := a.Elems
	for i := range vals {
		vals[i] = vals[i].Weakened(false)
		it.incRef(vals[i])
	}
	a.SetValues(vals)
	it.releaseElems(old)
}

// releaseElems releases the values of removed array elements, last
// first, as perl clears an array.
func (it *Interp) releaseElems(elems []*value.Scalar) {
	for i := len(elems) - 1; i >= 0; i-- {
		if e := elems[i]; e != nil {
			it.decRef(*e)
		}
	}
}

// arrayPush appends values (push), counting them.
func (it *Interp) arrayPush(a *value.Array, vals ...value.Scalar) {
	if it.rc {
		for i := range vals {
			vals[i] = vals[i].Weakened(false)
			it.incRef(vals[i])
		}
	}
	a.Push(vals...)
}

// arrayUnshift prepends values, counting them.
func (it *Interp) arrayUnshift(a *value.Array, vals ...value.Scalar) {
	if it.rc {
		for i := range vals {
			vals[i] = vals[i].Weakened(false)
			it.incRef(vals[i])
		}
	}
	a.Unshift(vals...)
}

// arrayClear empties an array, releasing its values.
func (it *Interp) arrayClear(a *value.Array) {
	old := a.Elems
	a.Elems = nil
	if it.rc {
		it.releaseElems(old)
	}
}

// arrayResize is $#a = n-1, releasing what is cut off.
func (it *Interp) arrayResize(a *value.Array, n int) {
	if it.rc && n >= 0 && n < len(a.Elems) {
		cut := append([]*value.Scalar(nil), a.Elems[n:]...)
		a.Resize(n)
		it.releaseElems(cut)
		return
	}
	a.Resize(n)
}

// taken hands a value removed from an array or hash to a temporary; the
// elements of @_ are aliases that hold no count.
func (it *Interp) taken(fr *frame, a *value.Array, v value.Scalar) value.Scalar {
	if it.rc && (fr == nil || a != fr.args) {
		it.mortalMove(v)
	}
	return v
}

// hashClear empties a hash, releasing its values.
func (it *Interp) hashClear(h *value.Hash) {
	if !it.rc || h.Len() == 0 {
		h.Clear()
		return
	}
	old := make([]value.Scalar, 0, h.Len())
	for _, k := range h.Keys() {
		old = append(old, h.Get(k))
	}
	h.Clear()
	for _, v := range old {
		it.decRef(v)
	}
}

// hashAssign is %h = LIST: the new values are counted before the old are
// released.
func (it *Interp) hashAssign(h *value.Hash, vals []value.Scalar) {
	if !it.rc {
		h.Clear()
		fillHash(h, vals)
		return
	}
	var old []value.Scalar
	for _, k := range h.Keys() {
		old = append(old, h.Get(k))
	}
	h.Clear()
	it.hashFill(h, vals)
	for _, v := range old {
		it.decRef(v)
	}
}

// hashFill stores a key/value list into a hash, counting the values.
func (it *Interp) hashFill(h *value.Hash, vals []value.Scalar) {
	if !it.rc {
		fillHash(h, vals)
		return
	}
	for i := 0; i < len(vals); i += 2 {
		v := value.UndefValue()
		if i+1 < len(vals) {
			v = vals[i+1]
		}
		it.store(h.ElemKey(vals[i]), v)
	}
}

// declSlot is a lexical declared in a scope, released when it is left.
type declSlot struct {
	sigil byte
	slot  int
}

// withRelease wraps a scope's code so that its lexicals are released when
// it is left, however it is left.
func withRelease(body stmtFn, slots []declSlot, code *subCode) stmtFn {
	return func(fr *frame) ctl {
		defer fr.it.releaseSlots(fr, slots, code)
		return body(fr)
	}
}

// releaseSlots releases a scope's lexicals, last declared first. A
// variable something else may still refer to (a reference was taken, a
// closure or named sub captured it) lives on.
func (it *Interp) releaseSlots(fr *frame, slots []declSlot, code *subCode) {
	for i := len(slots) - 1; i >= 0; i-- {
		d := slots[i]
		if code.keep[d] {
			continue
		}
		switch d.sigil {
		case '$':
			if fr.escapedS[d.slot] {
				it.capRelease(fr.scalars[d.slot])
				continue
			}
			p := fr.scalars[d.slot]
			if p.Kind() != value.Ref {
				*p = value.Scalar{}
				continue
			}
			old := *p
			*p = value.Scalar{}
			it.decRef(old)
		case '@':
			if fr.escapedA[d.slot] {
				it.padRelease(fr.arrays[d.slot])
				continue
			}
			it.arrayClear(fr.arrays[d.slot])
		case '%':
			if fr.escapedH[d.slot] {
				it.padRelease(fr.hashes[d.slot])
				continue
			}
			it.hashClear(fr.hashes[d.slot])
		}
	}
}

// stmtTmps wraps a statement whose value is not used so that the
// temporaries it made are freed when it ends (not when it returns: its
// return values are held for the caller).
func stmtTmps(f stmtFn) stmtFn {
	return func(fr *frame) ctl {
		it := fr.it
		mark := len(it.rcs.tmps)
		r := f(fr)
		if r != ctlReturn && len(it.rcs.tmps) > mark {
			it.freeTmps(mark)
		}
		return r
	}
}

// globalDestruction runs at the end of a run, after the END blocks: the
// objects still alive are destroyed in order of creation.
func (it *Interp) globalDestruction() {
	if !it.rc {
		return
	}
	it.freeTmps(0)
	for len(it.rcs.objects) > 0 {
		// DESTROY may make new objects: go round until none is left.
		list := it.rcs.objects
		it.rcs.objects, it.rcs.compactAt = nil, 0
		for _, p := range list {
			if rc := value.RCOf(p); rc != nil && !rc.Freed {
				it.destroy(p, rc)
			}
		}
	}
}

// endOfMain releases the main program's temporaries and file-scoped
// lexicals, as perl does before the END blocks.
func (it *Interp) endOfMain(fr *frame) {
	if !it.rc {
		return
	}
	it.freeTmps(0)
	it.releaseSlots(fr, it.prog.mainDecls, it.prog.main)
}

// errNeedRC makes CompileWith compile again with reference counting.
var errNeedRC = &CompileError{Msg: "internal: reference counting needed"}

// releasing wraps the code of the scope being compiled so that its
// lexicals are released when it is left; without reference counting, or
// when the scope declares nothing, the code is returned as it is.
func (c *compiler) releasing(f stmtFn) stmtFn {
	if !c.rc || f == nil {
		return f
	}
	slots := c.sub.decls[len(c.sub.decls)-1]
	if len(slots) == 0 {
		return f
	}
	return withRelease(f, append([]declSlot(nil), slots...), c.sub.code)
}

// mortalReturn makes temporaries hold a sub's (or block's) return
// values, so that releasing its lexicals does not destroy them.
func (it *Interp) mortalReturn(fr *frame) {
	if fr.want == listCtx && !fr.retSingle {
		it.mortalList(fr.ret)
	} else {
		it.mortal(fr.retOne)
	}
}

// rcListAssign is a list assignment with the counts kept: every new value
// is counted before any old one is released, so `($a, $b) = ($b, $a)`
// does not destroy what it swaps.
func (it *Interp) rcListAssign(fr *frame, targets []target, vals []value.Scalar) []value.Scalar {
	var buf [8]value.Scalar
	old := buf[:0]
	put := func(p *value.Scalar, v value.Scalar) {
		if v.Kind() == value.Ref {
			v = v.Weakened(false)
			it.incRef(v)
		}
		if p.Kind() == value.Ref {
			old = append(old, *p)
		}
		*p = v
	}
	i := 0
	for _, t := range targets {
		switch {
		case t.skip:
			i++
		case t.scalar != nil:
			p := t.scalar(fr)
			if i < len(vals) {
				put(p, vals[i])
			} else {
				put(p, value.UndefValue())
			}
			i++
		case t.multi != nil:
			for _, p := range t.multi(fr) {
				if i < len(vals) {
					put(p, vals[i])
				} else {
					put(p, value.UndefValue())
				}
				i++
			}
		case t.array != nil:
			rest := []value.Scalar{}
			if i < len(vals) {
				rest = append(rest, vals[i:]...)
			}
			a := t.array(fr)
			// Released last first, as perl clears an array.
			for j := len(a.Elems) - 1; j >= 0; j-- {
				if e := a.Elems[j]; e != nil && e.Kind() == value.Ref {
					old = append(old, *e)
				}
			}
			for j := range rest {
				rest[j] = rest[j].Weakened(false)
				it.incRef(rest[j])
			}
			a.AdoptValues(rest) // rest is a copy made here
			i = len(vals)
		case t.hash != nil:
			h := t.hash(fr)
			if h.Len() > 0 {
				for _, k := range h.Keys() {
					if v := h.Get(k); v.Kind() == value.Ref {
						old = append(old, v)
					}
				}
				h.Clear()
			}
			if i < len(vals) {
				rest := vals[i:]
				for j := 0; j < len(rest); j += 2 {
					v := value.UndefValue()
					if j+1 < len(rest) {
						v = rest[j+1]
					}
					put(h.ElemKey(rest[j]), v)
				}
			}
			i = len(vals)
		}
	}
	for _, v := range old {
		it.decRef(v)
	}
	return vals
}

// condTmps frees the temporaries of a loop condition once it is tested,
// as perl frees them each iteration.
func (c *compiler) condTmps(cond func(*frame) bool) func(*frame) bool {
	if !c.rc {
		return cond
	}
	return func(fr *frame) bool {
		it := fr.it
		mark := len(it.rcs.tmps)
		b := cond(fr)
		if len(it.rcs.tmps) > mark {
			it.freeTmps(mark)
		}
		return b
	}
}

// declsOutward hands the lexicals of the scope being closed to the
// enclosing one, which releases them when it ends.
func (c *compiler) declsOutward() {
	n := len(c.sub.decls)
	if n < 2 {
		return
	}
	c.sub.decls[n-2] = append(c.sub.decls[n-2], c.sub.decls[n-1]...)
	c.sub.decls[n-1] = nil
}

// padRef starts counting references to a named lexical array or hash
// when a reference to it is taken (\%self): the variable itself holds
// one count until its scope ends, so `return bless \%self` makes an
// object that dies with its last reference like any other.
func (it *Interp) padRef(p any) {
	if rc := value.RCOf(p); rc != nil && !rc.Tracked {
		rc.Tracked = true
		rc.Count = 1
	}
}

// padRelease drops the count a lexical's own variable holds when its
// scope ends, for a variable padRef started counting.
func (it *Interp) padRelease(p any) {
	rc := value.RCOf(p)
	if rc == nil || !rc.Tracked || rc.Freed {
		return
	}
	rc.Count--
	if rc.Count <= 0 {
		it.destroy(p, rc)
	}
}

// closeLast closes the handle of an anonymous glob whose last reference
// is gone, as perl does (a socket's peer sees the end of the stream, a
// file's buffer is written), unless the handle is borrowed from another
// glob, is a standard handle, or is the selected output handle.
func (it *Interp) closeLast(g *Glob) {
	if g.IO == nil || !g.IO.Opened() || g.shared || g == it.selected || it.stdFileno(g) >= 0 {
		return
	}
	if err := g.IO.CloseContext(it.ctx); err != nil {
		it.checkCancel(err)
	}
}

// globalPhase is ${^GLOBAL_PHASE}: RUN, then END and DESTRUCT.
func (it *Interp) globalPhase() string {
	if it.phase == "" {
		return "RUN"
	}
	return it.phase
}

// captured counts the variable an anonymous sub captured as its i-th:
// a scalar gets one more holder (and its scope one, on first capture),
// an array or hash one more count, its scope's hold starting as padRef's.
func (it *Interp) captured(cl *Closure, i int) {
	switch v := cl.refs[i].(type) {
	case *value.Scalar:
		if it.rcs.caps == nil {
			it.rcs.caps = map[*value.Scalar]int32{}
		}
		n, ok := it.rcs.caps[v]
		if !ok {
			n = 1
		}
		it.rcs.caps[v] = n + 1
	case *value.Array, *value.Hash:
		it.padRef(v)
		if rc := value.RCOf(v); rc != nil && !rc.Freed {
			rc.Count++
		}
	}
}

// pin marks a scalar variable a reference was taken to: what it holds is
// not released when its scope or closures end.
func (it *Interp) pin(v *value.Scalar) {
	if it.rcs.pinned == nil {
		it.rcs.pinned = map[*value.Scalar]bool{}
	}
	it.rcs.pinned[v] = true
}

// capRelease drops one holder of a captured scalar variable; with the
// last one gone, the value it holds is released.
func (it *Interp) capRelease(v *value.Scalar) {
	n, ok := it.rcs.caps[v]
	if !ok {
		return
	}
	if n > 1 {
		it.rcs.caps[v] = n - 1
		return
	}
	delete(it.rcs.caps, v)
	if it.rcs.pinned[v] {
		return
	}
	old := *v
	*v = value.Scalar{}
	it.decRef(old)
}

// releaseCaptures releases what a destroyed anonymous sub captured.
func (it *Interp) releaseCaptures(cl *Closure) {
	for _, r := range cl.refs {
		switch v := r.(type) {
		case *value.Scalar:
			it.capRelease(v)
		case *value.Array:
			it.padRelease(v)
		case *value.Hash:
			it.padRelease(v)
		}
	}
}
