# goto &sub: the target gets the current @_ (including changes), and
# its return value is the caller's; goto &$coderef works too.
use strict;
use warnings;
sub target { return "target(" . join(",", @_) . ") ctx=" . (wantarray ? "list" : "scalar") }
sub jumper { shift; push @_, "added"; goto &target }
print jumper(1, 2, 3), "\n";
my @l = jumper(1, 2);
print "@l\n";
my $code = \&target;
sub via_ref { goto &$code }
print via_ref("r"), "\n";
sub wrapper { my $real = \&target; unshift @_, "wrapped"; goto $real if 0; goto &$real }
print wrapper("w"), "\n";
my %dispatch = (a => \&target);
sub dyn { my $k = shift; my $c = $dispatch{$k}; goto &$c }
print dyn("a", "x", "y"), "\n";
