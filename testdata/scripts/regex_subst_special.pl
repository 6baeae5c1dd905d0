# s/// corner cases: empty pattern parts, anchors, zero-length matches.
(my $a = "abc") =~ s/^/>/;        print "$a\n";
(my $b = "abc") =~ s/$/</;        print "$b\n";
(my $c = "abc") =~ s//-/g;        print "$c\n";
(my $d = "abc") =~ s/x*/-/g;      print "$d\n";
(my $e = "aaa") =~ s/a/b/;        print "$e\n";
(my $f = "a.b.c") =~ s/\.//g;     print "$f\n";
(my $g = "hello") =~ s/l*/X/g;    print "$g\n";
(my $h = "line1\nline2\n") =~ s/^/# /gm; print $h;
(my $i = "  trim me  ") =~ s/^\s+|\s+$//g; print "[$i]\n";
(my $j = "x") =~ s/(?=x)/^/;      print "$j\n";
(my $k = "ab") =~ s/\b/|/g;       print "$k\n";
(my $l = "a\n") =~ s/$/!/;        print "$l";
