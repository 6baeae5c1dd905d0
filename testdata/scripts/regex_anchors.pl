# \A, \z, \Z, ^ and $ with and without trailing newlines.
my $s = "line\n";
print "dollar\n" if $s =~ /line$/;
print "Z\n" if $s =~ /line\Z/;
print "not z\n" unless $s =~ /line\z/;
print "z nl\n" if $s =~ /line\n\z/;
print "A\n" if $s =~ /\Aline/;
my $two = "a\nb\n";
print "dollar not mid\n" unless $two =~ /a$/;
print "dollar m mid\n" if $two =~ /a$/m;
print "Z not mid\n" unless $two =~ /a\Z/m;
print "caret m\n" if $two =~ /^b/m;
print "A not with m\n" unless $two =~ /\Ab/m;
my $dbl = "x\n\n";
print "dollar before one nl only\n" unless $dbl =~ /x$/;
print "empty anchors\n" if "" =~ /^$/;
print "\\z on empty\n" if "" =~ /\A\z/;
