# /s: dot matches newline; \N never does.
my $t = "<b>bold\ntext</b>";
print "no s\n" unless $t =~ /<b>(.*)<\/b>/;
print "s: [$1]\n" if $t =~ /<b>(.*)<\/b>/s;
print "N\n" unless $t =~ /<b>\N*<\/b>/s;
print "class\n" if $t =~ /<b>([\s\S]*)<\/b>/;
my $ms = "a\nb\nc";
my @x = $ms =~ /^(.)$/mg;
print "@x\n";
print "ms: [$1]\n" if $ms =~ /^a(.*)c$/ms;
(my $flat = $ms) =~ s/.\n./X/gs;
print "$flat\n";
