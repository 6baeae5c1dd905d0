# <> over the files of @ARGV: $ARGV, $. across files, eof and eof(), and a
# file that cannot be opened.
use strict;
use warnings;

my @f = map { "/tmp/io_argv_files_${_}_$$" } 1 .. 3;
my @content = ("a1\na2\n", "b1\n", "c1\nc2\nc3");
for my $i (0 .. 2) {
    open(my $fh, '>', $f[$i]) or die;
    print $fh $content[$i];
    close $fh;
}

sub short { my $n = shift; $n =~ s/.*io_argv_files_(\d)_\d+/file$1/; $n }

@ARGV = @f;
while (<>) {
    chomp;
    print short($ARGV), " $. [$_]";
    print " (eof)" if eof;
    print " (last)" if eof();
    print "\n";
}
print "after: ", scalar(@ARGV), " left\n";

# close ARGV at each eof resets $.
@ARGV = @f[0, 1];
while (my $l = <ARGV>) {
    chomp $l;
    print short($ARGV), " $. $l\n";
} continue {
    close ARGV if eof;
}

# list context reads everything
@ARGV = @f[1, 2];
my @all = <>;
print "all: ", scalar(@all), "\n";

# eof() before reading
@ARGV = ($f[1]);
print "eof() first: ", (eof() ? 1 : 0), "\n";
print "then: ", scalar(<>);

unlink @f;
