use strict;
use warnings;
package Obj;
sub new { bless { n => $_[1] }, $_[0] }
sub DESTROY { print "DESTROY $_[0]{n}\n" }
package main;
sub make_counter { my $obj = Obj->new("captured"); my $n = 0; return sub { $n++; $obj->{n} } }
{
    my $c = make_counter();
    $c->() for 1 .. 2;
    print "counter used\n";
}
print "after counter scope\n";
{
    my $o = Obj->new("cb");
    my $cb = sub { print "cb sees $o->{n}\n" };
    $cb->();
}
print "after cb scope\n";
my @handlers;
for my $i (1 .. 2) { my $o = Obj->new("h$i"); push @handlers, sub { $o->{n} } }
print "handlers ", join(",", map { $_->() } @handlers), "\n";
@handlers = ();
print "handlers cleared\n";
{
    my $shared = Obj->new("shared");
    my @subs = map { my $k = $_; sub { "$k:$shared->{n}" } } 1 .. 2;
    print join(" ", map { $_->() } @subs), "\n";
    shift @subs;
    print "one closure gone\n";
}
print "after shared scope\n";
sub outer { my $o = Obj->new("nested"); my $mk = sub { return sub { $o->{n} } }; return $mk->() }
{
    my $inner = outer();
    print "inner says ", $inner->(), "\n";
}
print "after nested\n";
my %dispatch = (go => do { my $o = Obj->new("dispatch"); sub { $o->{n} } });
print "dispatch: ", $dispatch{go}->(), "\n";
delete $dispatch{go};
print "end\n";
