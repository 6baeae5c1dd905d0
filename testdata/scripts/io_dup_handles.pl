# Duplicating handles: by glob reference, by name, by number, &= aliases,
# and redirecting STDERR to STDOUT.
use strict;
use warnings;

$| = 1;
open(my $out, '>&', \*STDOUT) or die "dup ref: $!";
print $out "via dup of \\*STDOUT\n";
close $out;
open($out, '>&STDOUT') or die "dup name: $!";
print $out "via >&STDOUT\n";
close $out;
open($out, '>&', 'STDOUT') or die;
print $out "via 3-arg name\n";
close $out;
open($out, '>&=', 1) or die "fdopen 1: $!";
print $out "via >&= 1\n";
close $out;
open($out, ">&=STDOUT") or die;
print {$out} "via >&=STDOUT\n";
close $out;
print "STDOUT still open\n";

open(my $save, '>&', \*STDERR) or die;
open(STDERR, '>&STDOUT') or die "redirect: $!";
print STDERR "stderr now goes to stdout\n";
warn "a warning, also on stdout\n";
open(STDERR, '>&', $save) or die "restore: $!";

my $f = "/tmp/io_dup_handles_$$";
open(my $w, '>', $f) or die;
open(my $w2, '>&', $w) or die;
print $w "from w\n";
close $w;
print $w2 "from w2\n";
close $w2;
open(my $r, '<', $f) or die;
print "file: ", join("", <$r>);
close $r;

open(FILE, '<', $f) or die;
open(my $dupin, '<&FILE') or die "dup input: $!";
print "dup input: ", scalar(<$dupin>);
close $dupin;
close FILE;

print "bad dup: ", (open(my $bad, '>&NOSUCH') ? "ok" : "fail [$!]"), "\n";
eval { open(my $bad3, '>&', 'NOSUCH') };
print "3-arg bad dup: $@";
print "bad fd: ", (open(my $bad2, '>&=', 99) ? "ok" : "fail [$!]"), "\n";
unlink $f;
print "standard filenos: ", fileno(STDIN), fileno(STDOUT), fileno(STDERR), "\n";
