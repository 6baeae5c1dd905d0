# select returns and restores the default handle; $| is per handle.
use strict;
use warnings;

my $f = "/tmp/io_select_autoflush_$$";
open(my $fh, '>', $f) or die;
open(my $check, '<', $f) or die;

my $prev = select($fh);
print "buffered line\n";
my $size_buffered = -s $f;
$| = 1;
print "autoflushed line\n";
my $size_flushed = -s $f;
my $inner = select($prev);
print "previous: $prev\n";
print "inner is fh: ", ($inner eq $fh ? 1 : 0), "\n";
print "size while buffered: $size_buffered\n";
print "size after \$|=1: ", ($size_flushed > 0 ? "grew" : "empty"), "\n";
print "STDOUT \$|: $|\n";
select($fh);
print "fh \$|: ", $|, "\n";
select(STDOUT);
$fh->autoflush(0);
select($fh);
print "after autoflush(0): $|\n";
select(STDOUT);
print "select() now: ", select(), "\n";
close $fh;
close $check;
unlink $f;
