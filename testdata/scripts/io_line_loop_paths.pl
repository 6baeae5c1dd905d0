# The line loop's straight paths (while (my $l = <$fh>), print $fh $l)
# against the cases they must hand back to the general ones: $/ changed in
# the loop, a record split across reads, :crlf and :utf8 layers, a handle
# named by a string, a number or undef printed, $\ and $, set, a closed or
# write-only handle, and a socket pair with $| set.
use strict;
use warnings;
use Socket;

my $f = "/tmp/io_line_loop_paths_$$";
open(my $out, '>', $f) or die "open: $!";
print $out "a1\nb22\nc333\n\nd\r\ne\r\n";
print $out "x" x 9000, "\nlast-no-newline";
close $out;

open(my $in, '<', $f) or die;
my $n = 0;
while (my $l = <$in>) {
    $n++;
    printf "%d: %d bytes, \$. = %d\n", $n, length $l, $.;
    $/ = "2" if $n == 1;     # the next record ends at a "2"
    $/ = "\n" if $n == 2;
    $/ = \3 if $n == 4;      # fixed-size records
    $/ = "\n" if $n == 5;
}
print "after loop: ", (defined $/ ? "sep" : "undef"), "\n";
close $in;

# :crlf turns "\r\n" into "\n".
open($in, '<:crlf', $f) or die;
my @crlf;
while (my $l = <$in>) { push @crlf, length $l }
print "crlf: @crlf\n";
close $in;

# the same loop on $_ and on a package variable
our $g;
open($in, '<', $f) or die;
my $c = 0;
while (<$in>) { $c++ }
print "\$_ loop: $c\n";
seek($in, 0, 0);
$c = 0;
while (defined(my $l = <$in>)) { $c++ }
print "defined loop: $c\n";
seek($in, 0, 0);
$. = 0;
$c = 0;
while ($g = <$in>) { $c++; last if $c == 3 }
print "package var: $c, last ", length $g, ", \$. $.\n";
close $in;

# :utf8 on input: records are character strings
open($out, '>:utf8', $f) or die;
print $out "caf\x{e9}\n\x{263a}\n";
close $out;
open($in, '<:utf8', $f) or die;
while (my $l = <$in>) {
    chomp $l;
    printf "utf8: %d chars, is_utf8 %d\n", length $l, utf8::is_utf8($l) ? 1 : 0;
}
close $in;

# print to a handle held as a name, a glob, and with $\ and $,
my $name = "STDOUT";
my $line = "by name\n";
{
    no strict 'refs';
    print $name $line;
}
my $glob = \*STDOUT;
$line = "by glob ref\n";
print $glob $line;
{
    local $\ = "<ORS>\n";
    my $s = "with ors";
    print $glob $s;
}
my $num = 42;
print $glob $num;
print "\n";
my $undef;
{
    my $w = "";
    local $SIG{__WARN__} = sub { $w .= $_[0] };
    print $glob $undef;
    print "warned: ", ($w =~ /uninitialized value \$undef in print/ ? 1 : 0), "\n";
}

# print to a closed handle and read from a write-only one
{
    my $w = "";
    local $SIG{__WARN__} = sub { $w .= $_[0] };
    open(my $wo, '>', $f) or die;
    my $r = <$wo>;
    print "read write-only: ", (defined $r ? "data" : "undef"), "\n";
    close $wo;
    my $ok = print $wo "x";
    print "print closed: ", ($ok ? 1 : 0), "\n";
    (my $ws = $w) =~ s/ at .*? line \d+\.$//mg;
    print "warnings: $ws";
}

# bareword handles and $_, in a while loop and aliased by foreach
open(OUT, '>', $f) or die;
select((select(OUT), $| = 1)[0]);
for (qw(p q r)) { print OUT $_; print OUT "\n" }
our $pkgline = "s\n";
print OUT $pkgline;
close OUT;
open(IN, '<', $f) or die;
while (<IN>) { chomp; print STDOUT "bare: $_\n" }
close IN;
open(IN, '<', $f) or die;
my @all = <IN>;
close IN;
for (@all) { print STDOUT $_ }
{
    local $_ = "local topic\n";
    print STDOUT $_;
}

# a socket pair with autoflush: each line echoed as it comes
socketpair(my $s1, my $s2, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
select((select($s1), $| = 1)[0]);
select((select($s2), $| = 1)[0]);
print $s1 "one\ntwo\nthree\n";
shutdown($s1, 1);
my @got;
while (my $l = <$s2>) {
    print $s2 uc $l;
    push @got, $l;
}
chomp @got;
print "pair read: @got\n";
shutdown($s2, 1);
my @back = <$s1>;
print "pair echo: ", join("|", map { chomp; $_ } @back), "\n";
unlink $f;
