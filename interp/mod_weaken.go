package interp

import (
	"strings"

	"github.com/miniperl/miniperl/value"
)

// weakenFn is Scalar::Util::weaken: the reference in the argument stops
// counting and becomes undef when its referent is destroyed.
func weakenFn(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
	if len(a) > 0 {
		fr.it.weaken(a[0])
	}
	return nil
}

// unweakenFn is Scalar::Util::unweaken.
func unweakenFn(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
	if len(a) > 0 {
		fr.it.unweaken(a[0])
	}
	return nil
}

// isweakFn is Scalar::Util::isweak.
func isweakFn(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
	return []value.Scalar{value.BoolValue(argOr(a, 0).IsWeak())}
}

// weakenArg reports whether a call's argument must be passed as the
// variable itself: weaken and unweaken change it in place.
func weakenArg(name string) bool {
	name = strings.TrimPrefix(name, "Scalar::Util::")
	return name == "weaken" || name == "unweaken"
}
