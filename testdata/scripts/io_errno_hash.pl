# $! as a dual value, %! and the Errno constants.
use strict;
use warnings;
use Errno qw(:POSIX);

open(my $fh, '<', "/tmp/io_errno_hash_none_$$");
print "string: $!\n";
print "number: ", $! + 0, "\n";
print "ENOENT const: ", ENOENT, " match: ", ($! == ENOENT ? 1 : 0), "\n";
print "\$!{ENOENT}: ", ($!{ENOENT} ? "true" : "false"), " value: $!{ENOENT}\n";
print "\$!{EACCES}: ", ($!{EACCES} ? "true" : "false"), "\n";
print "exists EPERM: ", (exists $!{EPERM} ? 1 : 0), "\n";
print "exists bogus: ", (exists $!{NOT_AN_ERRNO} ? 1 : 0), " fetch: [", $!{NOT_AN_ERRNO}, "] defined: ", (defined $!{NOT_AN_ERRNO} ? 1 : 0), "\n";
my @set = grep { $!{$_} } keys %!;
print "set: @set\n";

mkdir "/tmp";
print "after mkdir: ", ($!{EEXIST} ? "EEXIST" : "other"), " ", ($!{ENOENT} ? "still ENOENT" : "ENOENT clear"), "\n";
print "EEXIST: ", EEXIST, " EAGAIN: ", EAGAIN, " EINTR: ", EINTR, " EPIPE: ", EPIPE, "\n";

$! = 13;
print "assigned: $! (", $! + 0, ")\n";
print "EACCES now: ", ($!{EACCES} ? 1 : 0), "\n";
$! = 0;
print "cleared: [$!] ", $! + 0, "\n";
my $e = do { local $! = 2; "$!" };
print "local: $e, after: [", $! + 0, "]\n";
printf "sprintf: %s / %d\n", do { $! = 1; ($!, $!) };
