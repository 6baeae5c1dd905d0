use strict;
use warnings;

package Node;
sub new {
    my ($class, $name, @kids) = @_;
    return bless { name => $name, kids => [@kids] }, $class;
}
sub add { my ($self, $kid) = @_; push @{ $self->{kids} }, $kid; return $self }
sub DESTROY { my $self = shift; print "DESTROY $self->{name} (", scalar @{ $self->{kids} }, " kids)\n" }

package Holder;
sub new { my ($class, %args) = @_; return bless {%args}, $class }
sub DESTROY { print "DESTROY holder\n" }

package main;

{
    my $root = Node->new("root", Node->new("left"), Node->new("right", Node->new("leaf")));
    $root->add(Node->new("extra"));
    print "tree built\n";
}
print "tree gone\n";

my $h = Holder->new(list => [Node->new("l1"), Node->new("l2"), { deep => Node->new("deep") }]);
print "holder built\n";
undef $h;
print "holder gone\n";

my $shared = Node->new("shared");
my $one = Holder->new(s => $shared);
my $two = Holder->new(s => $shared);
undef $shared;
undef $one;
print "one gone, shared lives\n";
undef $two;
print "end\n";
