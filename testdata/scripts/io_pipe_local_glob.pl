# pipe(READ, WRITE) within one process, and local *STDOUT to capture
# output into a scalar.
use strict;
use warnings;

pipe(my $r, my $w) or die "pipe: $!";
print $w "through the pipe\n";
print $w "second\n";
close $w;
my @got = <$r>;
print "pipe: ", scalar(@got), " lines, first: $got[0]";
close $r;
pipe(READER, WRITER) or die;
my $old = select(WRITER);
$| = 1;
select($old);
print WRITER "bareword pipe\n";
print "read: ", scalar(<READER>);
close WRITER;
print "eof: ", (eof(READER) ? 1 : 0), "\n";

sub capture {
    my ($code) = @_;
    my $buf = "";
    local *STDOUT;
    open(STDOUT, '>', \$buf) or die "capture: $!";
    $code->();
    close STDOUT;
    return $buf;
}
my $c = capture(sub { print "line one\n"; printf "%s\n", "line two" });
print "captured [", join("|", split /\n/, $c), "]\n";
print "STDOUT is back\n";
{
    local *LOG;
    open(LOG, '>', \my $log) or die;
    print LOG "logged";
    close LOG;
    print "log: $log\n";
}
print "LOG after scope: ", (defined fileno(LOG) ? "open" : "closed"), "\n";
