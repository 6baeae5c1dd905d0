# Arrays and elements inside double quotes.
my @a = (1, 2, 3);
my @w = ("alpha", "beta", "gamma");
print "all: @a\n";
print "words: @w\n";
print "first: $a[0], last: $a[-1], second last: $w[-2]\n";
print "index expr: $a[1+1] $a[2]\n";
my $i = 1;
print "by var: $w[$i]\n";
print "braced: ${w[0]}\n";
my @empty = ();
print "empty: [@empty]\n";
print "count: ", scalar(@a), "\n";
print "not an array: foo\@bar.com\n";
my @one = ("solo");
print "one: @one.\n";
print "concat: " . "@a" . "\n";
