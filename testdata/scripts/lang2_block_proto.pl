# Subs with a (&...) prototype called with a block: NAME BLOCK LIST.
use strict; use warnings;
sub apply(&@) { my $c = shift; map { $c->($_) } @_ }
print join(",", apply { $_ * 2 } 1, 2, 3), "\n";
sub with_block(&) { my $c = shift; "got " . $c->() }
print with_block { "inner" }, "\n";
sub mygrep(&\@) { my ($c, $a) = @_; grep { $c->() } @$a }
my @n = (1..6);
print join(",", mygrep { $_ % 2 } @n), "\n";
sub retry(&$) { my ($c, $n) = @_; my $r; for (1..$n) { $r = $c->($_) } $r }
print retry { "try $_[0]" } 3;
print "\n";
print join(",", apply(sub { $_ + 1 }, 4, 5)), "\n";
my @r = apply { uc } qw(a b);
print "@r\n";
use List::Util qw(first any all none reduce sum max);
print first { $_ > 3 } 1..10; print "\n";
print any { $_ == 2 } 1,2,3; print "\n";
print((all { $_ } 1,1) ? "all\n" : "notall\n");
print((none { $_ > 5 } 1,2) ? "none\n" : "some\n");
print reduce { $a * $b } 1..5; print "\n";
sub try_(&;@) { my ($try, @h) = @_; my @r = eval { $try->() }; if ($@) { $_->($@) for @h } @r }
sub catch_(&;@) { @_ }
try_ { die "oops\n" } catch_ { print "caught $_[0]" };
sub TWICE(&) { my $c = shift; $c->() . $c->() }
print TWICE { "ab" }; print "\n";
my @y = (1..5);
my @x = apply { $_ * 10 } grep { $_ % 2 } @y;
print "@x\n";
sub f { return apply { $_ + 100 } @_ }
print join(" ", f(1,2)), "\n";
print join(" ", apply { join "-", apply { $_ x 2 } split //, $_ } qw(ab cd)), "\n";
my %h = (apply => 1); print $h{apply}, "\n";
my $n = () = apply { 1 } 1..4; print "$n\n";
sub with_idx(&\@) { my ($c, $arr) = @_; my $i = 0; map { $c->($i++, $_) } @$arr }
my @arr = qw(a b c);
print join(",", with_idx { "$_[0]=$_[1]" } @arr), "\n";
sub timed(&$) { my ($c, $label) = @_; "$label:" . $c->() }
print timed { 42 } "answer"; print "\n";
