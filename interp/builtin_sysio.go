package interp

import "github.com/miniperl/miniperl/parser"

// sysioCall compiles sysread, syswrite, read, send, recv and socketpair.
func (c *compiler) sysioCall(x *parser.Call) scalarFn {
	c.fail(x.At().Line, "%s is not supported yet", x.Name)
	return nil
}

// select4 compiles 4-argument select.
func (c *compiler) select4(x *parser.Call) scalarFn {
	c.fail(x.At().Line, "4-argument select is not supported yet")
	return nil
}

// vecCall compiles vec.
func (c *compiler) vecCall(x *parser.Call) scalarFn {
	c.fail(x.At().Line, "vec is not supported yet")
	return nil
}
