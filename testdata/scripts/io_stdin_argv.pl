# <> with an empty @ARGV reads STDIN ($ARGV is "-"); "-" and ">-" in
# 2-argument open; a file of @ARGV that cannot be opened warns and is
# skipped; die and warn name <> and count chunks under another $/.
use strict;
use warnings;

my $first = <>;
print "$ARGV $.: $first";
my @rest = <>;
print "rest: ", scalar(@rest), " eof(): ", (eof() ? 1 : 0), "\n";

my $f = "/tmp/io_stdin_argv_$$";
open(my $w, '>', $f) or die;
print $w "file line 1\nfile line 2\n";
close $w;
@ARGV = ("/tmp/io_stdin_argv_missing", $f);
while (<>) {
    s/\d+_?\d*$//;
    print "from ", ($ARGV eq $f ? "file" : $ARGV), " $.: $_";
}
@ARGV = ($f, "/tmp/io_stdin_argv_missing2");
while (<>) { }
warn "after the pass\n";
open(my $out, ">-") or die "open >-: $!";
print $out "through >-\n";
close $out;
print "STDOUT still works\n";
@ARGV = ($f);
<>;
warn "a warning";
{
    local $/ = \4;
    open(my $in, '<', $f) or die;
    <$in>;
    warn "chunked";
    close $in;
}
unlink $f;
