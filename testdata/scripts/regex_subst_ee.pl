# s///ee evaluates the replacement, then evaluates the result again.
my %h = (a => '1+2', b => '3*4');
(my $s = "a b") =~ s/(\w)/$h{$1}/gee;
print "$s\n";
my $code = '"x" . "y"';
(my $t = "v") =~ s/v/$code/ee;
print "$t\n";
(my $u = "v") =~ s/v/$code/e;
print "$u\n";
my $expr = "7-2";
(my $w = "calc: E") =~ s/E/$expr/ee;
print "$w\n";
