# $SIG{__WARN__} and $SIG{__DIE__} handlers, exception objects, nested eval, END with $?.
local $SIG{__WARN__} = sub { print "caught warning: $_[0]" };
warn "careful\n";
warn "no newline";
{
  local $SIG{__DIE__} = sub { print "die handler saw: $_[0]" };
  eval { die "boom\n" };
  print "after eval: $@";
}
eval { die { code => 42 } }; print "ref error code: $@->{code}\n";
eval { eval { die "inner\n" }; print "inner caught: $@"; die "outer\n" }; print "outer caught: $@";
END { print "END block, status $?\n" }
print "main done\n";
exit 3;
