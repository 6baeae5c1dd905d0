# $. per handle: the last handle read, kept across handles, reset by close.
use strict;
use warnings;

my $f1 = "/tmp/io_line_numbers_a_$$";
my $f2 = "/tmp/io_line_numbers_b_$$";
for ([$f1, "1\n2\n3\n4\n"], [$f2, "x\ny\n"]) {
    open(my $fh, '>', $_->[0]) or die;
    print $fh $_->[1];
    close $fh;
}
open(my $a, '<', $f1) or die;
open(my $b, '<', $f2) or die;
<$a>; <$a>;
print "a: $.\n";
<$b>;
print "b: $.\n";
<$a>;
print "a again: $.\n";
my $l = <$b>;
print "b again: $.\n";
print "eof b: ", (eof($b) ? 1 : 0), "\n";
close $b;
print "after close b: ", (defined $. ? $. : 'undef'), "\n";
<$a>;
print "a: $.\n";
$. = 10;
print "set: $.\n";
close $a;
open($a, '<', $f1) or die;
<$a>;
print "reopened: $.\n";
close $a;
unlink $f1, $f2;
