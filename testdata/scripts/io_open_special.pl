# Anonymous temporary files (open with undef), reading a directory as a
# file, and the select((select($fh), $| = 1)[0]) idiom.
use strict;
use warnings;

open(my $tmp, '+>', undef) or die "temp: $!";
print $tmp "line $_\n" for 1 .. 3;
seek($tmp, 0, 0) or die;
my @l = <$tmp>;
print "temp lines: ", scalar(@l), " first: $l[0]";
print "temp is a file: ", (-f $tmp ? 1 : 0), " links: ", (stat $tmp)[3], "\n";
close $tmp;

open(my $d, '<', "/tmp") or die "open dir: $!";
my $r = <$d>;
print "readline on a directory: ", (defined $r ? "data" : "undef [$!]"), "\n";
close $d;

my $f = "/tmp/io_open_special_$$";
open(my $fh, '>', $f) or die;
my $prev = select((select($fh), $| = 1)[0]);
print $fh "unbuffered";
print "size at once: ", -s $f, "\n";
print "default still STDOUT: ", (select() eq "main::STDOUT" ? 1 : 0), "\n";
close $fh;
unlink $f;
