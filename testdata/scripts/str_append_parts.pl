# $s .= a . b . c: parts evaluated before appending, numbers formatted,
# character strings upgrading, undef parts warning, the target among the
# parts, aliases of the target, and more parts than the fast path holds.
use strict;
use warnings;

my $s = "";
for my $i (1 .. 5) {
    $s .= "item" . $i . ",";
}
print "$s\n";

my $t = "ab";
$t .= "<" . $t . ">";
print "$t\n";
$t .= $t . $t;
print "$t\n";

my $u = "x";
for my $alias ($u) {
    $u .= "-" . $alias . "-";
}
print "$u\n";

my $n = 7;
$n .= "a" . 1.5 . -3 . 18446744073709551615 . 1e21;
print "$n\n";

my $w = "caf\x{e9}";
$w .= "-" . "\x{263a}" . "-";
print length($w), "\n";
my $b = "plain";
$b .= "\x{263a}" . "x" . 2;
print length($b), " ", utf8::is_utf8($b) ? "utf8" : "bytes", "\n";

{
    my $undef;
    my $r = "r";
    local $SIG{__WARN__} = sub { print "warn: $_[0]" };
    $r .= "a" . $undef . "b";
    print "$r\n";
    my $v;
    $v .= "x" . "y";
    print "$v\n";
}

my $many = "";
my @x = (1 .. 12);
$many .= $x[0] . $x[1] . $x[2] . $x[3] . $x[4] . $x[5] . $x[6] . $x[7] . $x[8] . $x[9] . $x[10] . $x[11];
print "$many\n";

my $ref = [1];
my $rs = "";
$rs .= "ref:" . (ref $ref) . ":" . (0 + @$ref);
print "$rs\n";

my $big = "";
$big .= ("z" x 1000) . $_ . "\n" for 1 .. 300;
print length($big), "\n";
my $copy = $big;
$big .= "tail" . "!";
$copy .= "other" . "?";
print substr($big, -10), "|", substr($copy, -10), "\n";

sub f { $s = "changed"; return "F" }
$s = "start";
$s .= "<" . f() . ">";
print "$s\n";
