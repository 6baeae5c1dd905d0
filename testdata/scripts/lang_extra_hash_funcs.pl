# Hash functions: each/keys/values on hashes and references, delete, exists, slices.
use strict; use warnings;
my %h = (a => 1, b => 2, c => 3, d => 4);
my $r = \%h;
print join(",", sort keys %$r), "\n";
print join(",", sort { $a <=> $b } values %{$r}), "\n";
my @gone = delete @h{qw(a b)};
print "deleted @gone; left ", join(",", sort keys %h), "\n";
print exists $h{c} ? "c exists\n" : "no c\n";
print exists $h{a} ? "a exists\n" : "no a\n";
$h{$_} *= 10 for keys %h;
my %copy = (%h, e => 5);
while (my ($k, $v) = each %copy) { $copy{$k} = $v + 1 }
print join(" ", map { "$_=$copy{$_}" } sort keys %copy), "\n";
my %sub = %copy{qw(c e)};
print join(" ", map { "$_=$sub{$_}" } sort keys %sub), "\n";
my @arr = qw(x y z);
my %idx = %arr[0, 2];
print join(" ", map { "$_=$idx{$_}" } sort keys %idx), "\n";
my %count;
$count{length $_}++ for qw(a bb cc ddd e);
print join(" ", map { "$_:$count{$_}" } sort keys %count), "\n";
print scalar(keys %count), " keys\n";
%count = ();
print "empty: ", (%count ? "no" : "yes"), "\n";
