# Hash references: iteration, nested updates, exists on nested, copies
# versus references, and hash functions on references.
use strict;
use warnings;
my $cfg = { name => "svc", ports => [80, 443], env => { A => 1 } };
for my $k (sort keys %$cfg) {
    my $v = $cfg->{$k};
    print "$k: ", (ref $v eq 'ARRAY' ? "[@$v]" : ref $v eq 'HASH' ? "{" . join(",", %$v) . "}" : $v), "\n";
}
my $copy = { %$cfg };
$copy->{name} = "copy";
push @{ $copy->{ports} }, 8080;
print "$cfg->{name} @{$cfg->{ports}}\n";
my %deep = (a => { b => { c => 1 } });
print exists $deep{a}{b}{c} ? "c exists\n" : "no c\n";
print exists $deep{x}{y} ? "y exists\n" : "no y\n";
print join(",", sort keys %deep), "\n";
my $h = {};
$h->{$_}{count}++ for qw(a b a);
print join(",", map { "$_=$h->{$_}{count}" } sort keys %$h), "\n";
my @keys = keys %{ $cfg->{env} };
print "@keys\n";
delete $cfg->{env}{A};
print scalar(keys %{ $cfg->{env} }), "\n";
my %merged = (%{ { a => 1, b => 2 } }, %{ { b => 3, c => 4 } });
print join(",", map { "$_=$merged{$_}" } sort keys %merged), "\n";
my ($first) = sort keys %merged;
print "$first\n";
my @aoh = ({ n => 2 }, { n => 1 });
my @sorted = sort { $a->{n} <=> $b->{n} } @aoh;
print join(",", map { $_->{n} } @sorted), "\n";
my $count = () = %merged;
print "$count\n";
