# Formatting times by hand from gmtime and with POSIX::strftime.
use strict;
use warnings;
use POSIX qw(strftime);
my @days = qw(Sun Mon Tue Wed Thu Fri Sat);
my @months = qw(Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec);
for my $t (0, 1e9, 1.5e9, 1700000000) {
    my ($s, $m, $h, $d, $mo, $y, $wd, $yd) = gmtime($t);
    printf "%s, %02d %s %04d %02d:%02d:%02d GMT (day %d)\n", $days[$wd], $d, $months[$mo], $y + 1900, $h, $m, $s, $yd + 1;
    print strftime("%Y-%m-%dT%H:%M:%SZ %a %U %w", gmtime($t)), "\n";
}
my $elapsed = 3 * 86400 + 4 * 3600 + 5 * 60 + 6;
printf "%dd %02dh %02dm %02ds\n", int($elapsed / 86400), ($elapsed / 3600) % 24, ($elapsed / 60) % 60, $elapsed % 60;
