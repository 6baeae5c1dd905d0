# unless with elsif/else, nested conditions and statement modifiers on
# complex expressions.
use strict;
use warnings;
for my $n (0 .. 4) {
    unless ($n) { print "$n: zero\n" }
    elsif ($n == 1) { print "$n: one\n" }
    elsif ($n % 2 == 0) { print "$n: even\n" }
    else { print "$n: odd\n" }
}
my %user = (name => "x", admin => 0);
print "not admin\n" unless $user{admin};
print "has name\n" if exists $user{name} && length $user{name};
unless (exists $user{email}) { print "no email\n" } else { print "email\n" }
my @list = (1, 2, 3);
print "list ok\n" unless grep { $_ > 3 } @list;
my $v = 5;
if ($v > 3) { if ($v > 4) { print "gt 4\n" } else { print "le 4\n" } }
print "done\n" if !0 and not 0;
