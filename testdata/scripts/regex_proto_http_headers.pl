# HTTP headers: name/value pairs, folding case, continuation, Content-Length.
my $raw = "Host: example.test\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 12\r\nX-Multi:   a,  b ,c\r\nX-Empty:\r\n\r\nbody here!!!";
my ($head, $body) = split /\r\n\r\n/, $raw, 2;
my %h;
for my $line (split /\r\n/, $head) {
    my ($k, $v) = $line =~ /^([\w-]+):\s*(.*?)\s*$/ or next;
    $h{lc $k} = $v;
}
print "$_: [$h{$_}]\n" for sort keys %h;
my ($type, $charset) = $h{"content-type"} =~ m{^([\w/]+)(?:;\s*charset=(\S+))?};
print "type=$type charset=$charset\n";
my @multi = split /\s*,\s*/, $h{"x-multi"};
print join("|", @multi), "\n";
print "length ok\n" if $h{"content-length"} =~ /^\d+$/ && length($body) == $h{"content-length"};
