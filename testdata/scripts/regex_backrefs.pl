# Backreferences: \1, \g1, \g{-1}, \k<name>, (?P=name); doubled words, quotes.
my $t = "this is is a test test ok";
my @dups = $t =~ /\b(\w+)\s+\1\b/g;
print "@dups\n";
print "quoted: $2\n" if q{say "hi" and 'bye'} =~ /(["'])(.*?)\1/;
print "g1\n" if "xx" =~ /(x)\g1/;
print "g{1}\n" if "yy" =~ /(y)\g{1}/;
print "relative\n" if "abab" =~ /(a)(b)\g{-2}\g{-1}/;
print "named k\n" if "zz" =~ /(?<c>z)\k<c>/;
print "named k{}\n" if "zz" =~ /(?<c>z)\k{c}/;
print "python\n" if "qq" =~ /(?P<c>q)(?P=c)/;
print "html: $2\n" if "<b>bold</b>" =~ m{<(\w+)>(.*?)</\1>};
print "no match\n" unless "<b>x</i>" =~ m{<(\w+)>(.*?)</\1>};
(my $s = "aabbccd") =~ s/(.)\1/$1/g;
print "$s\n";
print "pal\n" if "abcba" =~ /^(.)(.).\2\1$/;
