package interp

import "github.com/miniperl/miniperl/parser"

// A line server's loop, while (my $line = <$c>) { print $c $line },
// copies every line out of the handle's buffer into a new string only to
// send it and drop it. When the file uses the variable nowhere but as the
// one argument of print, nothing can keep the string past the loop's next
// read, so the record may stay a view of the handle's buffer
// (perlio.ReadBufferedView): one allocation and copy less per line.

// borrowLineNames finds the scalar names used only as print's single
// argument (and declared).
func borrowLineNames(tree *parser.Program) map[string]bool {
	return namesUsedOnlyAs(tree, func(n *parser.Call) parser.Node {
		if n.Name == "print" && !n.Amp && len(n.Args) == 1 {
			return n.Args[0]
		}
		return nil
	})
}

// borrowsLine reports whether the readline loop condition assigning to
// target may store views of the buffer: target is `my $name` in the main
// file and the analysis cleared the name.
func (c *compiler) borrowsLine(target parser.Node) bool {
	d, ok := target.(*parser.Decl)
	if !ok || d.Kind != "my" || c.file != c.prog.name {
		return false
	}
	return c.borrowLines[plainScalar(d)]
}
