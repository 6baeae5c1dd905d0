package interp

import "github.com/miniperl/miniperl/value"

// socketArgs are the named arguments of an IO::Socket constructor
// (PeerAddr => ..., Listen => 5); a lone argument is the peer, under the
// name the class gives it (PeerAddr, PeerHost, Peer).
type socketArgs map[string]value.Scalar

// parseSocketArgs reads a constructor's arguments after the class.
func parseSocketArgs(rest []*value.Scalar, loneName string) socketArgs {
	opts := socketArgs{}
	if len(rest) == 1 {
		opts[loneName] = *rest[0]
	}
	for i := 0; i+1 < len(rest); i += 2 {
		opts[rest[i].String()] = *rest[i+1]
	}
	return opts
}

// get is the first of names given with a defined value, as a string.
func (o socketArgs) get(names ...string) (string, bool) {
	for _, n := range names {
		if v, ok := o[n]; ok && !v.IsUndef() {
			return v.String(), true
		}
	}
	return "", false
}
