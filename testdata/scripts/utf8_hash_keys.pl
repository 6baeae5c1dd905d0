# Character strings as hash keys: stored once, returned as characters.
use utf8;
binmode(STDOUT, ':utf8');
my %count;
$count{$_}++ for split //, "ñaña☺☺";
print join(",", map { "$_=$count{$_}" } sort keys %count), "\n";
print exists $count{"\xf1"} ? "yes\n" : "no\n";
my %h = ("☺" => 1, "x" => 2);
my @pairs;
while (my ($k, $v) = each %h) { push @pairs, length($k) . "$k=$v" }
print join(" ", sort @pairs), "\n";
my %copy = %h;
print join(",", map { length } sort keys %copy), "\n";
my @s = @h{"☺", "x"}; print "@s\n";
