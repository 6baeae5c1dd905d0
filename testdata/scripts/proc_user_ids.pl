# $< $> $( $), getpwuid/getpwnam/getgrgid/getgrnam, getpgrp and times,
# checked against each other so the output does not depend on the user.
use strict;
use warnings;

my $f = "/tmp/proc_user_ids_$$";
open(my $fh, '>', $f) or die;
close $fh;
my @st = stat $f;
print "uid is file owner: ", ($< == $st[4] ? 1 : 0), " euid: ", ($> == $< ? 1 : 0), "\n";
my ($gid) = split ' ', $(;
my ($egid) = split ' ', $);
print "gid is file group: ", ($gid == $st[5] ? 1 : 0), " egid: ", ($egid == $gid ? 1 : 0), "\n";
print "interpolated: ", ("$<" eq $< ? 1 : 0), ("$>" eq $> ? 1 : 0), "\n";

my @pw = getpwuid($<);
print "getpwuid fields: ", scalar(@pw), " uid ", ($pw[2] == $< ? "ok" : "bad"), "\n";
my $name = getpwuid($<);
print "scalar getpwuid is the name: ", ($name eq $pw[0] ? 1 : 0), "\n";
my @byname = getpwnam($name);
print "getpwnam agrees: ", (join(":", @byname) eq join(":", @pw) ? 1 : 0), " scalar: ", (scalar(getpwnam($name)) == $< ? 1 : 0), "\n";
print "home is a dir: ", (-d $pw[7] ? 1 : 0), "\n";
print "no such user: ", scalar(my @none = getpwnam("no_such_user_mp")), " ", (defined(scalar getpwnam("no_such_user_mp")) ? "def" : "undef"), "\n";
my @gr = getgrgid($gid);
print "getgrgid fields: ", scalar(@gr), " gid ", ($gr[2] == $gid ? "ok" : "bad"), "\n";
print "getgrnam agrees: ", ((getgrnam($gr[0]))[2] == $gid ? 1 : 0), " scalar: ", (scalar(getgrgid($gid)) eq $gr[0] ? 1 : 0), "\n";
print "no such group: ", (defined(scalar getgrnam("no_such_group_mp")) ? "def" : "undef"), "\n";

print "getpgrp: ", (getpgrp() > 0 ? "positive" : "bad"), " same as getpgrp(0): ", (getpgrp() == getpgrp(0) ? 1 : 0), "\n";
my @t = times;
print "times: ", scalar(@t), " non-negative: ", ((grep { $_ >= 0 } @t) == 4 ? 1 : 0), "\n";
my $login = getlogin();
print "getlogin: ", (!defined $login || defined(scalar getpwnam($login)) ? "consistent" : "bad"), "\n";
unlink $f;
