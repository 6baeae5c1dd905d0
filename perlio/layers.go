package perlio

import (
	"strings"

	"golang.org/x/sys/unix"
)

// LayerError is returned by SetBinmode and Open for a layer perl would not
// know; its text is perl's warning.
type LayerError struct {
	// Layer is the unknown layer's name, without the colon.
	Layer string
}

// Error is perl's message for the layer.
func (e *LayerError) Error() string {
	if enc, ok := strings.CutPrefix(e.Layer, "encoding("); ok {
		return `Cannot find encoding "` + strings.TrimSuffix(enc, ")") + `"`
	}
	return `Unknown PerlIO layer "` + e.Layer + `"`
}

// SetBinmode is perl's binmode(FH, layers). layers is a list such as
// ":raw", ":crlf", ":utf8", ":encoding(UTF-8)" or ":raw:utf8"; "" means
// ":raw", as binmode(FH) does. :raw and :bytes undo :crlf and :utf8. :crlf
// translates "\r\n" to "\n" on input and "\n" to "\r\n" on output from here
// on. :utf8 and :encoding(UTF-8) are recorded for the interpreter (UTF8,
// Layers), which encodes and decodes characters itself; Getc reads whole
// UTF-8 sequences under them. Other encodings return a LayerError.
func (h *Handle) SetBinmode(layers string) error {
	if h.closed {
		return unix.EBADF
	}
	names, err := parseLayers(layers)
	if err != nil {
		return err
	}
	if len(names) == 0 {
		names = []string{"raw"}
	}
	for _, name := range names {
		switch name {
		case "raw", "bytes":
			h.setCRLF(false)
			h.utf8 = false
		case "crlf":
			h.setCRLF(true)
		case "utf8", "encoding(utf8)", "encoding(utf-8)":
			h.utf8 = true
		case "unix", "perlio", "stdio":
			// Layers every handle already has in effect.
		default:
			return &LayerError{Layer: name}
		}
		h.layers = append(h.layers, ":"+name)
	}
	return nil
}

// parseLayers splits ":raw:encoding(UTF-8)" into lower-cased names,
// keeping parenthesised arguments whole.
func parseLayers(s string) ([]string, error) {
	var names []string
	s = strings.TrimSpace(s)
	for s != "" {
		s = strings.TrimLeft(s, ": \t")
		if s == "" {
			break
		}
		end := strings.IndexAny(s, ": \t(")
		if end >= 0 && s[end] == '(' {
			rp := strings.IndexByte(s[end:], ')')
			if rp < 0 {
				return nil, &LayerError{Layer: s}
			}
			end += rp + 1
		}
		if end < 0 {
			end = len(s)
		}
		names = append(names, strings.ToLower(s[:end]))
		s = s[end:]
	}
	return names, nil
}

// setCRLF switches :crlf on or off. Input already made ready stays as it
// is; switching off releases a "\r" held back to pair with a "\n".
func (h *Handle) setCRLF(on bool) {
	h.crlf = on
	if !on {
		h.rend = h.rraw
	}
}

// CRLF reports whether the :crlf layer is in effect.
func (h *Handle) CRLF() bool { return h.crlf }

// UTF8 reports whether a :utf8 or :encoding(UTF-8) layer is in effect, so
// the interpreter should decode input and encode output as UTF-8.
func (h *Handle) UTF8() bool { return h.utf8 }

// Layers lists the layers pushed by SetBinmode and Open, in order.
func (h *Handle) Layers() []string { return append([]string(nil), h.layers...) }
