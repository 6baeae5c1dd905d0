# &name calls: with current @_, with explicit args, as code refs, and
# defined/exists checks.
use strict;
use warnings;
sub show { return "args(" . join(",", @_) . ")" }
sub outer { return &show }
sub outer2 { return &show() }
sub outer3 { return &show(9) }
print outer(1, 2), " ", outer2(1, 2), " ", outer3(1, 2), "\n";
my $ref = \&show;
print $ref->(3), " ", &$ref(4), " ", &{$ref}(5), "\n";
my %table = (s => \&show);
print $table{s}->(6), "\n";
print defined &show ? "defined\n" : "undefined\n";
print defined &nosuch ? "defined\n" : "undefined\n";
sub modify { $_[0] = "changed" }
my $v = "orig";
&modify($v);
print "$v\n";
my $anon = sub { return scalar @_ };
print $anon->(1, 2, 3), "\n";
print &{ sub { "immediate @_" } }("call"), "\n";
