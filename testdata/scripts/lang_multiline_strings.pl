# Multi-line strings: counting lines, splitting, joining, indenting and
# wrapping text.
use strict;
use warnings;
my $text = "first line\nsecond line\n\nfourth line\n";
my @lines = split /\n/, $text;
print scalar(@lines), " lines, ", ($text =~ tr/\n//), " newlines\n";
print join("|", @lines), "\n";
my $indented = join "", map { "    $_\n" } grep { length } @lines;
print $indented;
my $long = join " ", ("word") x 15;
my @wrapped;
my $cur = "";
for my $w (split ' ', $long) {
    if (length($cur) + length($w) + 1 > 30 && length $cur) { push @wrapped, $cur; $cur = "" }
    $cur .= (length $cur ? " " : "") . $w;
}
push @wrapped, $cur if length $cur;
print "$_\n" for @wrapped;
my $para = "a\r\nb\r\n";
my @crlf = split /\r?\n/, $para;
print scalar(@crlf), "\n";
print length(join("\n", @lines)), "\n";
