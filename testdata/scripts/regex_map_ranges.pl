# Captures used inside map: ranges from "a-b" items, single numbers, and skipping junk.
my @n = map { /^(\d+)-(\d+)$/ ? ($1 .. $2) : /^(\d+)$/ ? $1 : () } split /\s*,\s*/, "1-3, 7,10-12,bad,15";
print "@n\n";
my @letters = map { /^([a-z])-([a-z])$/ ? ($1 .. $2) : () } qw(a-e x-z 1-2);
print "@letters\n";
my %len = map { /^(\w+)=(.*)$/ ? ($1 => length $2) : () } ("k=abc", "junk", "z=");
print join(",", map { "$_:$len{$_}" } sort keys %len), "\n";
my @pairs = map { [/(\w)(\d)/] } qw(a1 b2 c);
print join(" ", map { scalar(@$_) ? "$_->[0]$_->[1]" : "-" } @pairs), "\n";
