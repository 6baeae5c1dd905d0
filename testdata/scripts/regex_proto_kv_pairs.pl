# key=value pairs with quoting, parsed into a hash with /g in list context.
my $line = q{id=42 name="Alice Smith" role=admin note='it''s ok' empty="" flag};
my %kv;
while ($line =~ /(\w+)(?:=(?:"([^"]*)"|'((?:[^']|'')*)'|(\S*)))?/g) {
    my $v = defined $2 ? $2 : defined $3 ? $3 =~ s/''/'/gr : defined $4 ? $4 : "(true)";
    $kv{$1} = $v;
}
print "$_ => [$kv{$_}]\n" for sort keys %kv;
my %simple = "a=1;b=2;c=3" =~ /(\w+)=(\w+)/g;
print join(",", map { "$_$simple{$_}" } sort keys %simple), "\n";
my @pairs = map { [split /=/, $_, 2] } split /;/, "x=1;y=a=b;z=";
print join(" ", map { "$_->[0]:" . (defined $_->[1] ? $_->[1] : "u") } @pairs), "\n";
