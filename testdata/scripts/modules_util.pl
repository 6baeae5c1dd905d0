# List::Util, Scalar::Util and POSIX functions.
use strict; use warnings;
use List::Util qw(sum sum0 max min first reduce maxstr minstr any all none uniq);
use Scalar::Util qw(blessed reftype looks_like_number);
use POSIX qw(floor ceil strftime EINTR ECONNREFUSED);
my @n = (3, 9, 2, 7);
print sum(@n), " ", sum0(), " ", max(@n), " ", min(@n), " ", maxstr("a","c","b"), "\n";
print first { $_ > 4 } @n; print "\n";
my $p = reduce { $a * $b } 1..5; print "$p\n";
print((any { $_ == 2 } @n) ? "any" : "none", " ", (all { $_ > 1 } @n) ? "all" : "notall", " ", (none { $_ > 100 } @n) ? "none" : "some", "\n");
print join(",", uniq(1,1,2,3,3)), "\n";
my $o = bless {}, 'Foo';
print blessed($o), " ", (defined blessed({}) ? "b" : "u"), " ", reftype($o), " ", looks_like_number("1e5") ? 1 : 0, looks_like_number("abc") ? 1 : 0, "\n";
print floor(3.7), " ", ceil(3.2), " ", floor(-3.5), " ", EINTR, " ", ECONNREFUSED, "\n";
print strftime("%Y-%m-%d %H:%M:%S", 5, 4, 3, 2, 0, 100), "\n";
print strftime("%a %b %e %j", gmtime(86400*40)), "\n";
