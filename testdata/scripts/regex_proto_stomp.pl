# STOMP-like frames: a command line, header lines, a blank line, a body ended by NUL.
my $wire = "CONNECT\naccept-version:1.2\nhost:broker.test\n\n\0SEND\ndestination:/queue/a\ncontent-type:text/plain\n\nhello\nworld\0SUBSCRIBE\nid:0\ndestination:/topic/x\nack:client\n\n\0";
while ($wire =~ /\G([A-Z]+)\n((?:[^\n:]+:[^\n]*\n)*)\n([^\0]*)\0/gc) {
    my ($cmd, $hdrs, $body) = ($1, $2, $3);
    my %h = $hdrs =~ /^([^:\n]+):(.*)$/mg;
    my $b = $body =~ s/\n/\\n/gr;
    print "$cmd {", join(", ", map { "$_=$h{$_}" } sort keys %h), "} body=[$b]\n";
}
print "consumed ", pos($wire), " of ", length($wire), "\n";
