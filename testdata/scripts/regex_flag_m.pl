# /m: ^ and $ at every line; \A and \z stay at the ends.
my $text = "first line\nsecond line\nthird\n";
my @starts = $text =~ /^(\w+)/mg;
print "@starts\n";
my @ends = $text =~ /(\w+)$/mg;
print "@ends\n";
my @one = $text =~ /^(\w+)/g;
print "@one\n";
print "A\n" if $text =~ /\Afirst/m;
print "not A\n" unless $text =~ /\Asecond/m;
print "z\n" if $text =~ /third\n\z/m;
print "dollar before final nl\n" if $text =~ /third$/;
my $n = () = $text =~ /^/mg;
print "lines $n\n";
(my $q = $text) =~ s/^/> /mg;
print $q;
