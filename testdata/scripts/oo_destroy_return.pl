use strict;
use warnings;

package Obj;
my $count = 0;
sub new { my ($class, $name) = @_; $count++; return bless { name => $name }, $class }
sub name { $_[0]{name} }
sub chain { my $self = shift; print "chain on $self->{name}\n"; return $self }
sub DESTROY { $count--; print "DESTROY $_[0]{name}\n" }
sub live { $count }

package main;

Obj->new("void");
print "after void call\n";

print "name: ", Obj->new("temp")->name, "\n";
print "after temp method\n";

Obj->new("chained")->chain->chain;
print "after chain\n";

sub make { my $o = Obj->new(shift); return $o }
my $kept = make("kept");
make("dropped");
print "after make\n";

sub take { my $o = shift; print "took ", $o->name, "\n"; return }
take(Obj->new("arg"));
print "after arg\n";

sub pair { return (Obj->new("p1"), Obj->new("p2")) }
my ($first) = pair();
print "first is ", $first->name, "\n";

my @all = map { Obj->new("m$_") } 1 .. 3;
print "mapped ", scalar(@all), "\n";
my @names = map { $_->name } grep { $_->name ne "m2" } @all;
print "names @names\n";
@all = ();
print "live: ", Obj::live(), "\n";

my $x = do { my $t = Obj->new("from_do"); $t };
print "do gave ", $x->name, "\n";
print "end\n";
