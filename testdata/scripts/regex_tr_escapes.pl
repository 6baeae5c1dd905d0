# tr with escapes: \n \t \\ \- \x.. and octal; deleting control characters.
my $s = "a\tb\nc\\d-e\x01f";
(my $a = $s) =~ tr/\t\n/  /;
print "$a\n" =~ tr/\x01/?/r;
(my $b = $s) =~ tr/\\/\//;
print $b =~ tr/\x00-\x1f//dr, "\n";
(my $c = $s) =~ tr/\-/_/;
print $c =~ tr/\x00-\x1f//dr, "\n";
(my $d = $s) =~ tr/\x00-\x1f//d;
print "$d\n";
my $n = ($s =~ tr/\x00-\x1f//);
print "controls $n\n";
(my $e = "abc") =~ tr/\141-\143/\101-\103/;
print "$e\n";
