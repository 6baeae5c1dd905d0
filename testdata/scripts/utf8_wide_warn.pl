# A wide character printed to a handle without a :utf8 layer is written
# as UTF-8 with a warning; characters below 0x100 are written as bytes.
use warnings;
$SIG{__WARN__} = sub { print STDOUT "warning: $_[0]" };
print "\x{263A}\n";
print "caf\x{e9}\n";
printf "%s!\n", "\x{263A}";
printf STDOUT "%s\n", "plain";
print STDOUT "x\x{100}y\n";
my $s = "\x{e9}\x{263A}";
chop $s;
print "$s\n";
binmode(STDOUT, ':utf8');
print "\x{263A} no warning now\n";
