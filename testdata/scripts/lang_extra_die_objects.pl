# die with strings, references and objects; $@ and nested evals.
use strict; use warnings;
package MyError;
sub new { my ($class, %args) = @_; bless {%args}, $class }
sub throw { my $class = shift; die $class->new(@_) }
sub msg { $_[0]{msg} }
package main;
eval { die "plain\n" }; print "1: $@";
eval { die "no newline" }; print "2: $@";
eval { die { code => 42 } }; print "3: $@->{code}\n";
eval { die [1, 2, 3] }; print "4: @{$@}\n";
eval { MyError->throw(msg => "typed") };
if (ref $@ && $@->isa('MyError')) { print "5: ", ref($@), " ", $@->msg, "\n" }
eval { eval { die "inner\n" }; print "6: inner caught: $@"; die "outer\n" };
print "7: $@";
my $ok = eval { 1 }; print "8: ok=$ok err=[", $@, "]\n";
my $v = eval { die "x\n"; 1 } || "fallback"; print "9: $v\n";
local $SIG{__DIE__} = sub { print "handler saw: $_[0]" };
eval { die "with handler\n" }; print "10: $@";
