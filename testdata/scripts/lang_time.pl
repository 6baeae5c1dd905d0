# gmtime and localtime (in UTC) in list and scalar context, at fixed
# epochs; time is only compared, never printed.
use strict;
use warnings;
$ENV{TZ} = "UTC";
for my $t (0, 86399, 951782400, 1234567890, 2147483647, 4102444800) {
    my @g = gmtime($t);
    print join(",", @g), "\n";
    print scalar(gmtime($t)), "\n";
}
my @l = localtime(1234567890);
print join(",", @l), "\n";
print scalar(localtime(0)), "\n";
my $now = time;
print "time is recent: ", ($now > 1600000000 ? "yes" : "no"), "\n";
my ($sec, $min, $hour, $mday, $mon, $year, $wday, $yday) = gmtime(1700000000);
printf "%04d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d\n", $year + 1900, $mon + 1, $mday, $hour, $min, $sec, $wday, $yday;
my @neg = gmtime(-86400);
print join(",", @neg), "\n";
