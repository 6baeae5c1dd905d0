# $&, $1 and friends inside replacements and after s///g.
(my $a = "hello world") =~ s/o/<$&>/g;
print "$a\n";
(my $b = "abc") =~ s/b/[$`|$']/;
print "$b\n";
my $c = "k1=v1 k2=v2";
$c =~ s/(\w+)=(\w+)/$2=$1/g;
print "$c, last: $1 $2\n";
(my $d = "aXbXc") =~ s/X/$-[0]/g;
print "$d\n";
(my $e = "one two") =~ s/(\w+)/length($1)/ge;
print "$e\n";
