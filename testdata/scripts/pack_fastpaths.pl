# pack and unpack in the shapes the compiler gives fast paths: constant
# templates, my (...) = unpack, my @a = unpack, scalar unpack, nested calls
# and dies while buffers are in use.
my @a = unpack('C4', "\x01\x02\x03\x04"); print "@a\n";
my ($x, @b) = unpack('C4', "\x01\x02\x03\x04"); print "$x|@b\n";
my ($p, $q, $r) = unpack('C2', "\x05\x06"); print defined $r ? "def" : "undef", " $p $q\n";
my $n = () = unpack('C*', "abc"); print "$n\n";
my $c = (my ($u, $v) = unpack('n N', "\0\1\0\0\0\2")); print "$c $u $v\n";
$_ = "\x41\x42"; my ($k) = unpack('a1'); print "$k\n"; print scalar(unpack('n', "\x01\x02")), "\n";
my $s = unpack('N/a*', pack('N/a*', "hello")); print "$s\n";
my @e = unpack('C0', ""); print scalar(@e), "\n";
for my $t ('n', 'C3', 'a*') { my ($z) = unpack($t, "xyz"); print "$z\n" }
sub f { my ($a, $b) = unpack($_[0], $_[1]); return "$a-$b" } print f('C C', pack('C C', 7, unpack('C', pack('C', 9)))), "\n";
my @w = (1,2,3); (my $y, @w) = unpack('C', "\x09"); print "$y [@w]\n";
eval { my ($bad) = unpack('y', "abc"); }; print $@;
eval { my $bad = pack('N', 'x', pack('y')); }; print $@;
print join(",", map { pack('n', $_) eq "\0$_" ? 1 : 0 } 1..3), "\n";
print unpack('H*', pack('a*', unpack('a*', pack('N n', 1, 2)))), "\n";
my $dies = 0;
for my $i (1 .. 2000) { eval { my $x = pack('N n', $i, die "no\n") }; $dies++ if $@ eq "no\n" }
print "dies: $dies\n";
my %h;
sub key { my ($k) = unpack('a3', $_[0]); return $k }
($h{key("abcdef")}, my $second) = unpack('C C', "\x01\x02");
print join(",", map { "$_=$h{$_}" } sort keys %h), " $second\n";
my $frames = pack('(N/a*)3', 'one', 'three', '');
my ($f1, $f2, $f3) = unpack('(N/a*)*', $frames);
print "[$f1][$f2][$f3]\n";
# length() inside integer arithmetic, as frame code sums lengths
my $s = "abc"; my $u; my $n = 12345; our $g = "\xff\x00"; my $f = 1.5;
print 1 + length($s), "|", 2 * length($u) , "|", length($n) + 1, "|", length($g) + 0, "|", length($f) * 2, "\n";
my $t = "x" x 10; my $sum = 0; for my $i (1..3) { $sum = ($sum + length($t) * $i) % 7 } print "$sum\n";
print defined(length($u)) ? "d" : "u", "\n";
my $e = ""; print 5 - length($e), "\n";
# my @a = unpack in a loop, with references to the arrays and elements kept
my (@erefs, @arefs);
for my $i (1 .. 3) {
    my @o = unpack('C2', pack('C2', $i, $i + 10));
    push @erefs, \$o[0];
    push @arefs, \@o if $i != 2;
    my ($first, @rest) = unpack('C3', pack('C3', $i, $i * 2, $i * 3));
    push @erefs, \$rest[1];
}
print join(",", map { $$_ } @erefs), " | ", join(";", map { "@$_" } @arefs), "\n";
my @outer = (9, 9, 9);
for my $x (@outer) { my @outer = unpack('C*', "\x01\x02"); print "$x:@outer " } print "\n";
