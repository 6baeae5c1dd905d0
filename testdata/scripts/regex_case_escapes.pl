# \u \l \U \L \E \Q in replacements and interpolated strings.
my $n = "jOHN smith";
(my $a = $n) =~ s/(\w+)/\u\L$1/g;
print "$a\n";
(my $b = $n) =~ s/(\w+) (\w+)/\U$2\E, $1/;
print "$b\n";
(my $c = "snake_case_name") =~ s/_(\w)/\u$1/g;
print "$c\n";
(my $d = "CamelCaseName") =~ s/(?<!^)([A-Z])/_\l$1/g;
print lcfirst $d, "\n";
(my $e = "a.b") =~ s/(.*)/\Q$1\E!/;
print "$e\n";
my $w = "word";
print "\u$w \U$w\E done \LMIXED\E\n";
