# SIP-like request lines and URIs with parameters.
for ("INVITE sip:bob\@biloxi.test;transport=udp SIP/2.0", "REGISTER sip:registrar.test SIP/2.0", "BYE sips:alice\@atlanta.test:5061 SIP/2.0", "OPTIONS * SIP/2.0") {
    my ($method, $uri, $ver) = m{^([A-Z]+) (\S+) SIP/(\d\.\d)$} or next;
    if ($uri =~ /^(sips?):(?:([^\@;]+)@)?([^:;]+)(?::(\d+))?((?:;[^;]+)*)$/) {
        my %p = map { split /=/, $_, 2 } grep { length } split /;/, $5;
        printf "%-8s scheme=%s user=%s host=%s port=%s params=%s\n", $method, $1, (defined $2 ? $2 : "-"), $3, (defined $4 ? $4 : "default"), join(",", map { "$_=$p{$_}" } sort keys %p);
    } else {
        print "$method non-sip uri $uri\n";
    }
}
my $via = "SIP/2.0/UDP pc33.atlanta.test;branch=z9hG4bK776asdhds;received=192.0.2.1";
my ($proto, $sentby) = $via =~ m{^SIP/2\.0/(\w+) ([^;]+)};
my ($branch) = $via =~ /;branch=([^;]+)/;
print "via $proto $sentby branch ", ($branch =~ /^z9hG4bK/ ? "rfc3261" : "old"), "\n";
