# use open: :std puts the layer on the standard handles; open() in the
# scope gets it by default.
use open qw(:std :encoding(UTF-8));
my $file = "/tmp/utf8_use_open_$$.txt";
print "\x{263A} on STDOUT\n";
open(my $out, '>', $file) or die "open: $!";
print $out "caf\x{e9} \x{263A}\n";
close $out;
open(my $raw, '<:raw', $file) or die "open: $!";
my $bytes = <$raw>;
close $raw;
print "bytes: ", length($bytes), "\n";
open(my $in, '<', $file) or die "open: $!";
my $line = <$in>;
close $in;
print "chars: ", length($line), " $line";
system("rm", "-f", $file);
