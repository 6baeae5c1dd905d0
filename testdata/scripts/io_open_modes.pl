# open with each mode, 3-argument and 2-argument forms.
use strict;
use warnings;

my $f = "/tmp/io_open_modes_$$";

open(my $out, '>', $f) or die "> $!";
print $out "one\n";
close($out) or die;
open($out, '>>', $f) or die ">> $!";
print $out "two\n";
close $out;
open(my $in, '<', $f) or die "< $!";
print "read: ", join("|", map { chomp; $_ } <$in>), "\n";
close $in;

open(my $rw, '+<', $f) or die "+< $!";
my $first = <$rw>;
seek($rw, 0, 0);
print $rw "ONE\n";
seek($rw, 0, 0);
print "+<: ", join("|", map { chomp; $_ } <$rw>), "\n";
close $rw;

open($rw, '+>', $f) or die "+> $!";
print $rw "fresh\n";
seek($rw, 0, 0);
print "+>: ", scalar(<$rw>);
close $rw;

open($rw, '+>>', $f) or die "+>> $!";
print $rw "appended\n";
seek($rw, 0, 0);
print "+>>: ", join("|", map { chomp; $_ } <$rw>), "\n";
close $rw;

# 2-argument forms
open(FH, ">$f") or die;
print FH "two-arg\n";
close FH;
open(FH, ">> $f") or die;
print FH "more\n";
close(FH);
open FH, $f or die;
print "2-arg read: ", join("|", map { chomp; $_ } <FH>), "\n";
close FH;
open(FH, "< $f ") or die "spaces: $!";
print "spaces: ", scalar(<FH>);
close FH;
my $name = $f;
open(FH, $name) or die;
my $n = () = <FH>;
print "lines: $n\n";
close FH;

# mode with layers
open($in, '<:raw', $f) or die;
print "raw: ", scalar(<$in>);
close $in;

# failures
print "missing: ", (open(my $x, '<', "/tmp/io_open_modes_none_$$") ? "ok" : "fail [$!]"), "\n";
print "dir for write: ", (open(my $y, '>', "/tmp") ? "ok" : "fail [$!]"), "\n";
print "no dir: ", (open(my $z, '>', "/tmp/io_open_modes_nodir_$$/f") ? "ok" : "fail [$!]"), "\n";
print "empty name: ", (open(my $w, '<', "") ? "ok" : "fail [$!]"), "\n";
my $r = open(my $v, '<', "/tmp/io_open_modes_none_$$");
print "result: ", (defined $r ? "[$r]" : "undef"), "\n";
eval { no warnings; open(my $u, '<<', $f) };
print "bad mode: $@";
eval { open(my $t, 'rw', $f) };
print "unknown mode: $@";
unlink $f;
