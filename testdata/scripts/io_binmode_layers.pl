# binmode with :raw, :crlf, :utf8 and :encoding(UTF-8); :crlf translates.
use strict;
use warnings;

my $f = "/tmp/io_binmode_layers_$$";
open(my $out, '>', $f) or die;
print "binmode crlf: ", binmode($out, ':crlf'), "\n";
print $out "one\ntwo\n";
close $out;
print "size with crlf: ", -s $f, "\n";

open(my $in, '<:raw', $f) or die;
my $raw = do { local $/; <$in> };
close $in;
(my $shown = $raw) =~ s/\r/\\r/g;
$shown =~ s/\n/\\n/g;
print "raw: $shown\n";

open($in, '<:crlf', $f) or die;
my @l = <$in>;
close $in;
print "crlf lines: ", join("|", map { s/\n/\\n/r } @l), "\n";

open($in, '<', $f) or die;
binmode($in);
my $b = <$in>;
print "binmode default keeps cr: ", ($b =~ /\r\n$/ ? 1 : 0), "\n";
close $in;

open($out, '>:raw', $f) or die;
print "binmode utf8: ", binmode($out, ':utf8'), "\n";
print "binmode encoding: ", binmode($out, ':encoding(UTF-8)'), "\n";
print "binmode raw: ", binmode($out, ':raw'), "\n";
print $out "plain\n";
close $out;
print "size: ", -s $f, "\n";
print "binmode STDOUT: ", binmode(STDOUT), "\n";
unlink $f;
