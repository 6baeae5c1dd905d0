# A hosts file: addresses, names, aliases, comments.
my %addr;
for (split /\n/, <<'END') {
127.0.0.1	localhost loopback
::1		localhost ip6-localhost   # v6
# 10.0.0.1 commented.out
192.168.1.10  server.lan server  

10.0.0.5 db.lan
END
    s/\s*#.*$//;
    next unless /\S/;
    my ($ip, @names) = split;
    next unless $ip =~ /^(?:[\d.]+|[0-9a-f:]+)$/i;
    push @{ $addr{$_} }, $ip for @names;
}
print "$_ -> @{$addr{$_}}\n" for sort keys %addr;
