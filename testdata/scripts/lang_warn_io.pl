# Warnings about closed and unopened filehandles.
use strict;
use warnings;
my $file = "/etc/hosts";
open(my $out, '>', "/dev/null") or die "open: $!";
print $out "one\ntwo\n";
close($out);
print $out "late\n";
open(my $fh, '<', $file) or die "open: $!";
my $l = <$fh>;
print "read: ", length($l) > 0 ? "a line" : "nothing", "\n";
close($fh);
$l = <$fh>;
print "after close: ", (defined $l ? "defined" : "undef"), "\n";
open(FH, '<', $file) or die;
$l = <FH>;
close(FH);
$l = <FH>;
print FH "x";
{
    no warnings;
    $l = <FH>;
    print FH "y";
}
open(IN, '<', $file) or die;
my $first = <IN>;
my $u;
my $s = "x$u";
warn "with handle";
close(IN);
print NEVER "x";
printf NEVER "%s", 1;
print "done\n";
