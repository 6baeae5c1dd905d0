# s/// with bracketing delimiters: the replacement has its own pair.
my $s = "hello world";
(my $a = $s) =~ s{world}{there};
print "$a\n";
(my $b = $s) =~ s{(\w+)}
                 {<$1>}g;
print "$b\n";
(my $c = $s) =~ s(o)[0]g;
print "$c\n";
(my $d = $s) =~ s<l+><L>g;
print "$d\n";
(my $e = $s) =~ s{o}/0/g;
print "$e\n";
(my $f = $s) =~ s!world!earth!;
print "$f\n";
(my $g = $s) =~ s#l#1#g;
print "$g\n";
(my $h = $s) =~ s[\s+] {_};
print "$h\n";
(my $i = "a/b/c") =~ s|/|::|g;
print "$i\n";
(my $j = "x{y}z") =~ s{\{y\}}{[Y]};
print "$j\n";
