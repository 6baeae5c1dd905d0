use strict;
use warnings;
package Item;
my %live;
my $seq = 0;
sub new { my ($class, %a) = @_; my $self = bless { id => ++$seq, %a }, $class; $live{$self->{id}} = 1; return $self }
sub id { $_[0]{id} }
sub DESTROY { my $s = shift; delete $live{$s->{id}}; print "D$s->{id} " }
sub live { join ",", sort { $a <=> $b } keys %live }
package Bag;
sub new { bless { items => [], byname => {} }, shift }
sub add { my ($self, $name, $item) = @_; push @{$self->{items}}, $item; $self->{byname}{$name} = $item; return scalar @{$self->{items}} }
sub take { my ($self, $name) = @_; my $it = delete $self->{byname}{$name}; @{$self->{items}} = grep { $_ != $it } @{$self->{items}}; return $it }
sub sorted { my $self = shift; return sort { $b->id <=> $a->id } @{$self->{items}} }
sub DESTROY { print "Dbag " }
package main;
srand(42);
my $bag = Bag->new;
for my $n (1 .. 8) { $bag->add("n$n", Item->new(name => "n$n")) }
print "\nlive: ", Item::live(), "\n";
my $t = $bag->take("n3");
print "\ntook ", $t->id, " live: ", Item::live(), "\n";
undef $t;
print "\nlive: ", Item::live(), "\n";
my @top = ($bag->sorted)[0 .. 2];
print "top: ", join(",", map { $_->id } @top), "\n";
$bag->take("n$_") for 7, 8;
print "\nafter takes live: ", Item::live(), "\n";
@top = ();
print "\ncleared top live: ", Item::live(), "\n";
my %index = map { ($_->id => $_) } @{$bag->{items}};
print "indexed ", scalar(keys %index), "\n";
undef $bag;
print "\nbag gone live: ", Item::live(), "\n";
my @pairs = map { [$_, $index{$_}] } sort { $a <=> $b } keys %index;
%index = ();
print "\npairs hold: ", Item::live(), "\n";
while (my $p = shift @pairs) { print "pop ", $p->[0], " " }
print "\nall gone: [", Item::live(), "]\n";
my $chain;
for (1 .. 5) { my $new = Item->new; $new->{next} = $chain; $chain = $new }
my $walk = $chain;
my $count = 0;
while ($walk) { $count++; $walk = $walk->{next} }
print "chain $count live: ", Item::live(), "\n";
$chain = $chain->{next}{next};
print "\ncut live: ", Item::live(), "\n";
my $s = join ",", map { ref($_) } ($chain, $chain->{next});
print "refs $s\n";
{
    local $chain->{extra} = Item->new(tag => 'local');
    print "with local live: ", Item::live(), "\n";
}
print "\nafter local live: ", Item::live(), "\n";
sub maker { my $x = Item->new; return wantarray ? ($x, $x->id) : $x }
my ($m, $mid) = maker();
my $m2 = maker();
print "made $mid live: ", Item::live(), "\n";
($m, $m2) = ($m2, $m);
print "swapped live: ", Item::live(), "\n";
$m = $m2 = undef;
print "\nend live: ", Item::live(), "\n";
