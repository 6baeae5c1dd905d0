# Sort blocks that compare keys of $a and $b: by hash value with a
# tie-break, by array and hash fields, descending, by lc/uc/length, and
# the lists where a key would warn or die, which must run the block.
use strict;
use warnings;

$SIG{__WARN__} = sub { print "warn: $_[0]" };

my %score = (apple => 3, pear => 1, fig => 3, kiwi => 2, plum => 1, lime => 2.5, date => -1);
print join(" ", sort { $score{$a} <=> $score{$b} || $a cmp $b } keys %score), "\n";
print join(" ", sort { $score{$b} <=> $score{$a} or $b cmp $a } keys %score), "\n";
print join(" ", sort { $score{$a} <=> $score{$b} } sort keys %score), "\n";
print join(" ", sort { $score{$b} <=> $score{$a} } sort keys %score), "\n";
print join(" ", sort { $score{$a} cmp $score{$b} || $b cmp $a } keys %score), "\n";

my @recs = map { [ $_ % 7, "n$_", { v => $_ % 3 } ] } 1 .. 40;
print join(" ", map { $_->[1] } sort { $a->[0] <=> $b->[0] or $a->[1] cmp $b->[1] } @recs), "\n";
print join(" ", map { $_->[1] } sort { $b->[0] <=> $a->[0] } @recs), "\n";
print join(" ", map { $_->[1] } sort { $$a[2]{v} <=> $$b[2]{v} } @recs), "\n";
my @hrecs = map { { id => $_, name => ("x" x ($_ % 4)) . $_ } } 1 .. 20;
print join(" ", map { $_->{id} } sort { length($a->{name}) <=> length($b->{name}) || $a->{name} cmp $b->{name} } @hrecs), "\n";
print join(" ", map { $_->{id} } sort { $b->{name} cmp $a->{name} } @hrecs), "\n";

my @w = qw(banana Apple cherry apple Banana CHERRY date);
print join(" ", sort { lc($a) cmp lc($b) or $a cmp $b } @w), "\n";
print join(" ", sort { uc $b cmp uc $a } @w), "\n";
print join(" ", sort { length($a) <=> length($b) } @w), "\n";
print join(" ", sort { length $b <=> length $a || $a cmp $b } @w), "\n";

# Numbers and strings mixed as keys.
my %mix = (a => "10", b => 9, c => "9.5", d => 1e3, e => "-2", f => 0);
print join(" ", sort { $mix{$a} <=> $mix{$b} } sort keys %mix), "\n";
print join(" ", sort { $mix{$a} cmp $mix{$b} } sort keys %mix), "\n";
my @big = (18446744073709551615, 9223372036854775807, -9223372036854775808, 1.5, 2**64);
print join(" ", sort { $a <=> $b || $a cmp $b } @big), "\n";

# Character strings as keys.
my %u = ("\x{100}x" => 1, "\xe9" => 1, "a" => 1, "z" => 2);
print join(",", map { sprintf "%vd", $_ } sort { $u{$a} <=> $u{$b} || $a cmp $b } keys %u), "\n";

# Missing keys: undef warns in each comparison, as the block runs (two
# elements: one comparison in any merge sort).
my %part = (x => 2, y => 1);
my @r = sort { $part{$a} <=> $part{$b} || $a cmp $b } qw(y w);
print "@r\n";
{
    no warnings;
    @r = sort { $part{$a} <=> $part{$b} || $a cmp $b } qw(y x w v);
    print "@r\n";
}
# Keys that are not numbers.
my %bad = (p => "abc", q => "5", r => "1");
@r = sort { $bad{$a} <=> $bad{$b} } qw(p q);
print "@r\n";
{
    no warnings;
    @r = sort { $bad{$a} <=> $bad{$b} } qw(p q r);
    print "@r\n";
}
# An undef element.
{
    no warnings;
    @r = sort { $a cmp $b || $a <=> $b } ("b", undef, "a");
    print scalar(@r), " ", join(",", map { defined $_ ? $_ : "undef" } @r), "\n";
}
# An element of the wrong type dies with perl's message.
eval { @r = sort { $a->[0] <=> $b->[0] } ([1], {}, [0]); 1 } or print "died: $@";
eval { @r = sort { $a->{k} <=> $b->{k} } ({ k => 1 }, "str", { k => 0 }); 1 } or print "died: $@";

# Mixing $a and $b differently is not a keyed sort.
my %h2 = (a => 1, b => 2, c => 3);
print join(" ", sort { $h2{$b} <=> $h2{$a} + 0 } qw(a b c)), "\n";
print join(" ", sort { $h2{$b} - $h2{$a} } qw(a b c)), "\n";

# $a and $b are the elements: the keys follow the element.
my @pairs = ([2, "b"], [1, "a"], [2, "a"], [1, "b"]);
my @s = sort { $a->[0] <=> $b->[0] || $a->[1] cmp $b->[1] } @pairs;
$s[0][1] = "changed";
print join(" ", map { "$_->[0]$_->[1]" } @pairs), "\n";

# A sort sub by name and a block with statements still work.
sub by_score { $score{$a} <=> $score{$b} or $a cmp $b }
print join(" ", sort by_score keys %score), "\n";
print join(" ", sort { my $x = $score{$a}; my $y = $score{$b}; $x <=> $y || $a cmp $b } keys %score), "\n";
# The block's $a/$b are restored afterwards.
our ($a, $b) = ("outer a", "outer b");
my @t = sort { $score{$a} <=> $score{$b} || $a cmp $b } keys %score;
print "$a / $b\n";
# Sorting one or no element runs nothing.
print scalar(() = sort { $a->[0] <=> $b->[0] } ()), " ", join(",", sort { $a->[0] <=> $b->[0] } ("one")), "\n";
# Large lists stay stable.
my @many = map { [ $_ % 10, $_ ] } 1 .. 5000;
my @sm = sort { $a->[0] <=> $b->[0] } @many;
my $ok = 1;
for my $i (1 .. $#sm) {
    $ok = 0 if $sm[$i - 1][0] > $sm[$i][0] || ($sm[$i - 1][0] == $sm[$i][0] && $sm[$i - 1][1] > $sm[$i][1]);
}
print "stable: $ok $sm[0][1] $sm[-1][1]\n";
