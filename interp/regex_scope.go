package interp

// withMatchScope makes a block restore the last successful match when it
// is left, as perl scopes $1, $&, @- and the rest to the enclosing block.
// Only blocks that run a match pay for it.
func withMatchScope(body stmtFn) stmtFn {
	return func(fr *frame) ctl {
		saved := fr.it.match
		r := body(fr)
		fr.it.match = saved
		return r
	}
}

// matchScoped wraps a loop whose condition or list was compiled after
// usesMatch was cleared: when they ran a match, the loop restores the last
// match when it ends. The enclosing block's flag is restored to outer.
func (c *compiler) matchScoped(outer bool, f stmtFn) stmtFn {
	if c.usesMatch {
		f = withMatchScope(f)
	}
	c.usesMatch = outer
	return f
}
