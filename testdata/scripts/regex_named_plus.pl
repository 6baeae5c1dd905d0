# Named captures with %+: (?<n>), (?'n'), (?P<n>); keys, exists, numbered too.
my $line = "2026-11-25 ERROR disk full";
if ($line =~ /^(?<date>\S+)\s+(?<level>[A-Z]+)\s+(?<msg>.*)$/) {
    print "$+{level} on $+{date}: $+{msg}\n";
    print join(",", sort keys %+), "\n";
    print "numbered: $1 $2\n";
    print "exists\n" if exists $+{msg};
    print "no such\n" unless exists $+{nope};
}
if ("k=v" =~ /(?'key'\w)=(?P<val>\w)/) { print "$+{key} $+{val}\n" }
if ("ab" =~ /(?<x>a)(?<y>z)?/) {
    print "y defined? ", (defined $+{y} ? 1 : 0), "\n";
    print "keys: ", join(",", sort keys %+), "\n";
}
my %copy = %+;
print scalar(keys %copy), "\n";
if ("b" =~ /(?<n>a)|(?<n>b)/) { print "dup name: $+{n}\n" }
