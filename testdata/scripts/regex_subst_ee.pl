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
my $x = 10;
our $g = 5;
my %code = (a => '$x * 2', b => '$g + 1', c => '1 +', d => 'die "boom\n"', e => '$x . "-" . $g');
for my $k (qw(a b c d e)) {
    (my $s = "[$k]") =~ s/(\w)/$code{$1}/ee;
    print "$k: $s error: ", ($@ ne "" ? "yes" : "no"), "\n";
}
(my $sq = "1 2 3") =~ s/(\d)/"$1*$1"/gee;
print "$sq\n";
