# Regex: tr/// counting characters and mapping ranges over generated
# strings.
use strict;
use warnings;

my @s = map { join "", map { chr(32 + ($_ * 7 + $_ * $_) % 95) } 1 .. (40 + $_ % 30) } 1 .. 500;
my ($vowels, $digits, $upper, $spaces, $mapped) = (0, 0, 0, 0, 0);
for my $round (1 .. 1500) {
    for my $str (@s) {
        $vowels += ($str =~ tr/aeiouAEIOU//);
        $digits += ($str =~ tr/0-9//);
        $upper  += ($str =~ tr/A-Z//);
        $spaces += ($str =~ tr/ //);
    }
}
for my $str (@s) {
    (my $t = $str) =~ tr/a-zA-Z/n-za-mN-ZA-M/;
    $mapped += ($t =~ tr/a-m//);
}
print "$vowels $digits $upper $spaces $mapped\n";
