# warn and die inside eval strings name (eval N) and the line.
$SIG{__WARN__} = sub { print "warned: $_[0]" };
eval 'warn "careful"';
eval "\nwarn 'line two'";
eval 'die';
print "died: $@";
eval 'die "with newline\n"';
print "died: $@";
$@ = 'stale';
eval '1';
print "after success: [$@]\n";
eval { eval 'die "inner\n"'; print "inner caught: $@"; };
print "outer: [$@]\n";
local $SIG{__DIE__} = sub { print "handler: $_[0]" };
eval 'die "handled\n"';
print "then: $@";
