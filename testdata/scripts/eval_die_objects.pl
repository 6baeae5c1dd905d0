# die with references and objects inside eval strings.
package MyErr;
sub new { my ($c, %a) = @_; bless {%a}, $c }
sub msg { $_[0]{msg} }
package main;
eval 'die MyErr->new(msg => "custom")';
print ref($@), " ", $@->msg, "\n";
eval 'die [1, 2, 3]';
print "array: @{$@}\n";
eval q{ eval { die "inner\n" }; die "rethrown: $@" };
print $@;
my $r = eval { eval 'die "x\n"'; die $@ if $@; 1 };
print defined $r ? "survived\n" : "propagated: $@";
eval 'local $@; eval { die "hidden\n" }; 1';
print "after local: [", $@, "]\n";
