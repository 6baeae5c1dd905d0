use strict; use warnings;
package MyErr;
sub new { my ($c, %a) = @_; bless {%a}, $c }
sub throw { my $c = shift; die $c->new(@_) }
sub message { $_[0]{message} }
sub DESTROY { print "DESTROY error $_[0]{message}\n" }
package main;
eval { MyErr->throw(message => "first") };
if (ref $@ && $@->isa('MyErr')) { print "caught: ", $@->message, "\n" }
eval { MyErr->throw(message => "second") };
print "caught again: ", $@->message, "\n";
eval { 1 };
print "cleared: [", $@, "]\n";
my @sorted = sort { $a->{n} <=> $b->{n} } map { bless { n => $_ }, 'Num' } 3, 1, 2;
print join(",", map { $_->{n} } @sorted), "\n";
sub Num::DESTROY { print "DESTROY num $_[0]{n}\n" }
@sorted = ();
print "end\n";
