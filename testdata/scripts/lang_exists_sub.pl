# exists &sub and defined &sub, subs defined at run time via glob
# assignment, and can().
use strict;
use warnings;
sub real { 1 }
sub declared_only;
print exists &real ? 1 : 0, defined &real ? 1 : 0, "\n";
print exists &declared_only ? 1 : 0, defined &declared_only ? 1 : 0, "\n";
print exists &missing ? 1 : 0, defined &missing ? 1 : 0, "\n";
sub made { "made" }
print main::made(), "\n";
print main->can('real') ? "can real\n" : "cannot\n";
print main->can('nope') ? "can nope\n" : "cannot nope\n";
my $code = main->can('made');
print $code->(), "\n";
