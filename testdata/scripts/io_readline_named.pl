# readline(NAME) is <NAME>: readline(ARGV) and readline(*ARGV) read the
# files of @ARGV as <> does, readline(STDIN) and readline(FH) read those
# handles, in scalar and list context.
use strict;
use warnings;
my $file = "/tmp/io_readline_named_$$";
open(my $out, ">", $file) or die "$file: $!";
print $out "one\ntwo\nthree\n";
close($out);
@ARGV = ($file, $file);
while (defined($_ = readline ARGV)) {
    print "file ", ($ARGV eq $file ? "ok" : "other"), " $.: $_" if $. % 2;
}
@ARGV = ($file);
my $first = readline(*ARGV);
my @rest = readline(ARGV);
print "first: $first", "rest: ", scalar(@rest), "\n";
open(FH, "<", $file) or die "$file: $!";
my @all = readline(FH);
close(FH);
print "FH: ", scalar(@all), "\n";
my $in = readline(STDIN);
print "stdin: $in";
my @more = readline STDIN;
print "more: ", scalar(@more), "\n";
unlink($file);
