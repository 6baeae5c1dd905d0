# Word frequency with /g in list context and a hash.
my $text = "the cat and the hat; The end. And THE cat!";
my %freq;
$freq{lc $1}++ while $text =~ /(\w+)/g;
for my $w (sort { $freq{$b} <=> $freq{$a} || $a cmp $b } keys %freq) {
    print "$w $freq{$w}\n";
}
my @long = grep { length > 3 } $text =~ /\b(\w+)\b/g;
print "long: @long\n";
my $sentences = () = $text =~ /[.;!]/g;
print "sentences $sentences\n";
my @caps = $text =~ /\b([A-Z]\w*)/g;
print "caps: @caps\n";
