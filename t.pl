@ARGV = ("/tmp/probe/nosuch", "/tmp/probe/in2");
while (<>) { print "$ARGV: $_" }
print "done $.\n";
@ARGV=("/etc/hostname","/nonexist"); while(<>){} print "x\n";
{ local $/ = \2; open F, "/etc/hostname"; <F>; warn "chunk"; }
