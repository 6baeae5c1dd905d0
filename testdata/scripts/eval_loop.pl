# eval STRING in loops: a fresh compile each time, lexicals of each
# iteration.
use strict;
my $total = 0;
for my $i (1 .. 100) {
    $total += eval "$i * 2";
}
print "$total\n";
my @subs;
for my $i (1 .. 3) {
    my $j = $i * 10;
    push @subs, eval 'sub { $j + $i }';
}
print join(",", map { $_->() } @subs), "\n";
my $n = 0;
while ($n < 5) {
    eval '$n++';
}
print "$n\n";
my $str = '';
$str .= eval "'$_'" for qw(a b c);
print "$str\n";
