use strict;
use warnings;

package Obj;
sub new { my ($class, $name) = @_; return bless { name => $name }, $class }
sub DESTROY {
    my $self = shift;
    print "DESTROY $self->{name}\n";
    die "cleanup failed for $self->{name}\n" if $self->{name} =~ /bad/;
    local $@;
    eval { die "inner\n" };
}

package main;

eval {
    my $o = Obj->new("in_eval");
    die "outer error\n";
};
print "caught: $@";

{
    my $b = Obj->new("bad_one");
}
print "after bad\n";

eval {
    my $o = Obj->new("bad_in_eval");
    die "real error\n";
};
print "still: $@";

sub risky { my $r = Obj->new("risky"); die "from sub\n" }
eval { risky() };
print "sub died: $@";

$@ = "";
{
    local $@ = "preserved";
    my $o = Obj->new("local");
}
print "done\n";
