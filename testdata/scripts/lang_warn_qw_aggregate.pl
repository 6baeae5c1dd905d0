# Compile-time warnings for likely mistakes: commas or comments inside
# qw(), and a pattern match, substitution or transliteration bound to a
# whole array or hash, which sees only its scalar value.
use strict;
use warnings;
my @w = qw(a, b);
my @c = qw(a #b);
my @both = qw(x,y #z);
my @fine = qw(a b c);
my @a = (1, 22);
my %h = (a => 1);
my $x = @a =~ /2/;
$x = %h =~ /1/;
$x = @a =~ tr/a//;
my $r = [1];
$x = @$r =~ /1/;
our @g = (1);
$x = @main::g =~ /x/;
{
    no warnings 'qw';
    my @quiet = qw(p, q);
}
print scalar(@w), " ", scalar(@c), " ", scalar(@both), " $x\n";
