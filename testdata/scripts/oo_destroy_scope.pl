use strict;
use warnings;

package Obj;
sub new { my ($class, $name) = @_; print "new $name\n"; return bless { name => $name }, $class }
sub name { $_[0]{name} }
sub DESTROY { my $self = shift; print "DESTROY $self->{name}\n" }

package main;

print "start\n";
{
    my $a = Obj->new("a");
    {
        my $b = Obj->new("b");
        print "inner end\n";
    }
    print "outer end\n";
}
print "after blocks\n";

sub work {
    my $w = Obj->new("in_sub");
    print "working with ", $w->name, "\n";
    return 42;
}
print "result ", work(), "\n";

my $flag = 1;
if ($flag) {
    my $c = Obj->new("in_if");
}
print "after if\n";

{
    my ($x, $y) = (Obj->new("x"), Obj->new("y"));
    my @list = (Obj->new("l1"), Obj->new("l2"));
    my %map = (k => Obj->new("hv"));
    print "multi end\n";
}
print "done\n";
