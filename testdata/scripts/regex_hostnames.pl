# Host name validation: labels of letters, digits and hyphens, total length.
my $label = qr/[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?/i;
my $host = qr/^(?=.{1,253}$)$label(?:\.$label)*\.?$/;
for ("example.test", "a-b.c-d.test", "-bad.test", "bad-.test", "ok.", "x" x 64 . ".test", "under_score.test", "1.2.3.4", "localhost", "a..b") {
    my $show = length > 30 ? substr($_, 0, 10) . "..." : $_;
    print "$show: ", ($_ =~ $host ? "valid" : "invalid"), "\n";
}
my @labels = split /\./, "www.sub.example.test";
print scalar(@labels), " labels, tld $labels[-1]\n";
(my $rev = join ".", reverse @labels) =~ s/^/reversed: /;
print "$rev\n";
