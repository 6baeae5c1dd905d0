# use utf8: string literals in the source are characters.
use utf8;
binmode(STDOUT, ':encoding(UTF-8)');
my $word = "héllo wörld";
print length($word), "\n";
print uc($word), "\n";
print scalar reverse("añb"), "\n";
print substr("日本語テキスト", 2, 3), "\n";
print index("日本語テキスト", "テ"), "\n";
my @chars = split //, "αβγ";
print scalar(@chars), " ", join("-", @chars), "\n";
print ucfirst("élan"), " ", lcfirst("Élan"), "\n";
my @sorted = sort split //, "ñaña";
print "@sorted\n";
print "ok\n" if "é" eq "\x{e9}";
