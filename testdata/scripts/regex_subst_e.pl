# s///e evaluates the replacement as code.
my %vars = (name => "world", n => 3);
(my $t = "hello {name}, {n} times, {missing}") =~ s/\{(\w+)\}/exists $vars{$1} ? $vars{$1} : "?"/ge;
print "$t\n";
(my $d = "1 2 3 4") =~ s/(\d+)/$1 * 2/ge;
print "$d\n";
(my $h = "a b c") =~ s/(\w)/sprintf("%02x", ord $1)/ge;
print "$h\n";
(my $u = "url with spaces&x") =~ s/([^\w])/sprintf("%%%02X", ord($1))/ge;
print "$u\n";
(my $back = $u) =~ s/%([0-9A-F]{2})/chr(hex($1))/ge;
print "$back\n";
my $i = 0;
(my $num = "x x x") =~ s/x/++$i/ge;
print "$num\n";
(my $blk = "3+4") =~ s{(\d+)\+(\d+)}{ my $s = $1 + $2; "sum=$s" }e;
print "$blk\n";
(my $f = "a1b2") =~ s/(\d)/func($1)/ge;
print "$f\n";
sub func { return "<" . ($_[0] + 10) . ">" }
