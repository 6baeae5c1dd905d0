# Calling subs with and without parentheses, and with &.
sub hello { print "hello @_\n" }
sub square { my $x = shift; return $x * $x }
sub noargs { return "no args" }
hello("with", "parens");
hello "without", "parens";
hello;
print square(4), "\n";
print square 5;
print "\n";
my $s = noargs;
print "$s\n";
&hello("ampersand");
my @r = (square(2), square(3));
print "@r\n";
sub later_defined_call { return later() }
sub later { return "defined after use" }
print later_defined_call(), "\n";
print later(), "\n";
