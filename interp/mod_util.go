package interp

import (
	"math"
	"sort"
	"strings"

	"github.com/miniperl/miniperl/value"
)

// listUtilModule is List::Util: the list functions scripts use most.
func listUtilModule() *module {
	subs := map[string]nativeFn{
		"sum":     func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar { return sumOf(a, false) },
		"sum0":    func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar { return sumOf(a, true) },
		"product": productOf,
		"max":     func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar { return extreme(a, 1) },
		"min":     func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar { return extreme(a, -1) },
		"maxstr":  func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar { return extremeStr(a, 1) },
		"minstr":  func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar { return extremeStr(a, -1) },
		"first":   firstOf,
		"any":     func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar { return quantify(fr, a, true, true) },
		"all":     func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar { return quantify(fr, a, false, false) },
		"none":    func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar { return quantify(fr, a, true, false) },
		"notall":  func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar { return quantify(fr, a, false, true) },
		"reduce":  reduceOf,
		"shuffle": shuffleOf,
		"uniq":    uniqOf,
		"uniqnum": uniqOf,
		"pairs":   pairsOf,
	}
	return &module{name: "List::Util", subs: subs, tags: map[string][]string{}}
}

func sumOf(args []*value.Scalar, zero bool) []value.Scalar {
	if len(args) == 0 {
		if zero {
			return []value.Scalar{value.IntValue(0)}
		}
		return []value.Scalar{value.UndefValue()}
	}
	acc := value.IntValue(0)
	for _, a := range args {
		acc = add(acc, *a)
	}
	return []value.Scalar{acc}
}

func productOf(_ *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	acc := value.IntValue(1)
	for _, a := range args {
		acc = mul(acc, *a)
	}
	return []value.Scalar{acc}
}

// extreme is max (dir 1) or min (dir -1), numerically.
func extreme(args []*value.Scalar, dir int) []value.Scalar {
	if len(args) == 0 {
		return []value.Scalar{value.UndefValue()}
	}
	best := args[0].Num()
	for _, a := range args[1:] {
		if c, ok := numCompare(a.Num(), best); ok && c == dir {
			best = a.Num()
		}
	}
	return []value.Scalar{best}
}

func extremeStr(args []*value.Scalar, dir int) []value.Scalar {
	if len(args) == 0 {
		return []value.Scalar{value.UndefValue()}
	}
	best := *args[0]
	for _, a := range args[1:] {
		if strings.Compare(a.String(), best.String()) == dir {
			best = *a
		}
	}
	return []value.Scalar{best}
}

// blockArgs splits a (&@) call's arguments into the code and the list.
func blockArgs(fr *frame, args []*value.Scalar, name string) (*Closure, []*value.Scalar) {
	if len(args) > 0 && args[0].Kind() == value.Ref {
		if cl, ok := args[0].Pointer().(*Closure); ok {
			return cl, args[1:]
		}
	}
	fr.it.dieMsg(fr.it.withPosition("Not a subroutine reference in List::Util::"+name, fr.it.callFile, fr.it.callLine))
	return nil, nil
}

// withTopic runs code with $_ aliased to each element until stop says so.
func withTopic(fr *frame, cl *Closure, items []*value.Scalar, stop func(int, bool) bool) {
	g := fr.it.glob("main::_")
	saved := g.Scalar
	defer func() { g.Scalar = saved }()
	for i, p := range items {
		g.Scalar = p
		v, _ := fr.it.callSub(cl, nil, scalarCtx, fr)
		if stop(i, v.Bool()) {
			return
		}
	}
}

func firstOf(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	cl, items := blockArgs(fr, args, "first")
	found := value.UndefValue()
	withTopic(fr, cl, items, func(i int, ok bool) bool {
		if ok {
			found = *items[i]
		}
		return ok
	})
	return []value.Scalar{found}
}

// quantify is any/all/none/notall: it stops at the first element whose
// truth is `on`, and returns `result` then (or its negation at the end).
func quantify(fr *frame, args []*value.Scalar, on, result bool) []value.Scalar {
	cl, items := blockArgs(fr, args, "any")
	hit := false
	withTopic(fr, cl, items, func(_ int, ok bool) bool {
		if ok == on {
			hit = true
		}
		return hit
	})
	if hit {
		return []value.Scalar{value.BoolValue(result)}
	}
	return []value.Scalar{value.BoolValue(!result)}
}

func reduceOf(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	cl, items := blockArgs(fr, args, "reduce")
	if len(items) == 0 {
		return []value.Scalar{value.UndefValue()}
	}
	pkg := "main"
	if cl.code != nil {
		pkg = cl.code.pkg
	}
	ga, gb := fr.it.glob(pkg+"::a"), fr.it.glob(pkg+"::b")
	sa, sb := ga.Scalar, gb.Scalar
	defer func() { ga.Scalar, gb.Scalar = sa, sb }()
	acc := *items[0]
	for _, p := range items[1:] {
		cur := acc
		ga.Scalar, gb.Scalar = &cur, p
		acc, _ = fr.it.callSub(cl, nil, scalarCtx, fr)
	}
	return []value.Scalar{acc}
}

func shuffleOf(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	out := make([]value.Scalar, len(args))
	for i, a := range args {
		out[i] = *a
	}
	fr.it.random().Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func uniqOf(_ *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	seen := map[string]bool{}
	var out []value.Scalar
	for _, a := range args {
		k := a.String()
		if a.IsUndef() {
			k = "\x00undef"
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, *a)
		}
	}
	if want != listCtx {
		return []value.Scalar{value.IntValue(int64(len(out)))}
	}
	return out
}

func pairsOf(_ *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	var out []value.Scalar
	for i := 0; i < len(args); i += 2 {
		pair := []value.Scalar{*args[i], value.UndefValue()}
		if i+1 < len(args) {
			pair[1] = *args[i+1]
		}
		out = append(out, value.RefValue(value.NewArray(pair)))
	}
	return out
}

// scalarUtilModule is Scalar::Util.
func scalarUtilModule() *module {
	subs := map[string]nativeFn{
		"blessed": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			v := argOr(a, 0)
			if v.Kind() == value.Ref {
				if b, ok := v.Pointer().(value.Blessable); ok && b.BlessedInto() != "" {
					return []value.Scalar{value.StrValue(b.BlessedInto())}
				}
			}
			return []value.Scalar{value.UndefValue()}
		},
		"reftype": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			v := argOr(a, 0)
			if v.Kind() != value.Ref {
				return []value.Scalar{value.UndefValue()}
			}
			return []value.Scalar{value.StrValue(value.RefType(v.Pointer()))}
		},
		"refaddr": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			v := argOr(a, 0)
			if v.Kind() != value.Ref {
				return []value.Scalar{value.UndefValue()}
			}
			return []value.Scalar{value.IntValue(v.Int())}
		},
		"looks_like_number": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			v := argOr(a, 0)
			return []value.Scalar{value.BoolValue(!v.IsUndef() && v.LooksLikeNumber())}
		},
		"dualvar": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.DualValue(argOr(a, 0).Int(), argOr(a, 1).String())}
		},
		"weaken":   weakenFn,
		"unweaken": unweakenFn,
		"isweak":   isweakFn,
		"readonly": func(*frame, []*value.Scalar, wantCtx) []value.Scalar { return []value.Scalar{value.IntValue(0)} },
	}
	return &module{name: "Scalar::Util", subs: subs, tags: map[string][]string{}}
}

// posixModule is the part of POSIX that scripts around sockets use: math,
// strftime, limits, errno and wait constants.
func posixModule() *module {
	f1 := func(f func(float64) float64) nativeFn {
		return func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.FloatValue(f(argOr(a, 0).Float())).Num()}
		}
	}
	subs := map[string]nativeFn{
		"floor": f1(math.Floor), "ceil": f1(math.Ceil), "round": f1(math.Round),
		"trunc": f1(math.Trunc),
		"fmod": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.FloatValue(math.Mod(argOr(a, 0).Float(), argOr(a, 1).Float()))}
		},
		"pow": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.FloatValue(math.Pow(argOr(a, 0).Float(), argOr(a, 1).Float()))}
		},
		"strftime": strftimeFn,
		"INT_MAX":  constSub(value.IntValue(math.MaxInt32)), "INT_MIN": constSub(value.IntValue(math.MinInt32)),
		"UINT_MAX":     constSub(value.IntValue(math.MaxUint32)),
		"EXIT_SUCCESS": constSub(value.IntValue(0)), "EXIT_FAILURE": constSub(value.IntValue(1)),
		"WNOHANG": constSub(value.IntValue(1)), "WUNTRACED": constSub(value.IntValue(2)),
	}
	for name, fn := range posixWaitSubs() {
		subs[name] = fn
	}
	var defaults []string
	for name := range subs {
		defaults = append(defaults, name)
	}
	for name, n := range errnoNames {
		subs[name] = constSub(value.IntValue(int64(n)))
		defaults = append(defaults, name)
	}
	sort.Strings(defaults)
	return &module{name: "POSIX", subs: subs, defaults: defaults, tags: map[string][]string{
		"errno_h": errnoList(), "sys_wait_h": {"WNOHANG", "WUNTRACED", "WIFEXITED", "WEXITSTATUS", "WIFSIGNALED", "WTERMSIG", "WIFSTOPPED", "WSTOPSIG"},
	}}
}

func errnoList() []string {
	var out []string
	for name := range errnoNames {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// errnoModule is Errno: the E* constants, exported on request.
func errnoModule() *module {
	subs := map[string]nativeFn{}
	for name, n := range errnoNames {
		subs[name] = constSub(value.IntValue(int64(n)))
	}
	return &module{name: "Errno", subs: subs, tags: map[string][]string{"POSIX": errnoList()}}
}

// timeHiResModule is Time::HiRes: time and sleep with fractions.
func timeHiResModule() *module {
	subs := map[string]nativeFn{
		"time": func(*frame, []*value.Scalar, wantCtx) []value.Scalar {
			return []value.Scalar{value.FloatValue(float64(nowNano()) / 1e9)}
		},
		"sleep": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.FloatValue(fr.it.sleepFor(argOr(a, 0).Float()))}
		},
		"usleep": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.FloatValue(fr.it.sleepFor(argOr(a, 0).Float()/1e6) * 1e6)}
		},
		"gettimeofday": func(_ *frame, _ []*value.Scalar, want wantCtx) []value.Scalar {
			ns := nowNano()
			if want == listCtx {
				return []value.Scalar{value.IntValue(ns / 1e9), value.IntValue(ns % 1e9 / 1e3)}
			}
			return []value.Scalar{value.FloatValue(float64(ns) / 1e9)}
		},
		"tv_interval": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			tv := func(v value.Scalar) float64 {
				if arr, ok := v.Pointer().(*value.Array); ok && v.Kind() == value.Ref {
					return arr.Get(0).Float() + arr.Get(1).Float()/1e6
				}
				return float64(nowNano()) / 1e9
			}
			end := float64(nowNano()) / 1e9
			if len(a) > 1 {
				end = tv(*a[1])
			}
			return []value.Scalar{value.FloatValue(end - tv(argOr(a, 0)))}
		},
	}
	return &module{name: "Time::HiRes", subs: subs, tags: map[string][]string{}}
}
