# sprintf's vector flag and version strings.
use strict;
use warnings;
printf "%vd\n", "1.22.333";
printf "%vd\n", "65.66.67";
printf "%s\n", sprintf("%vd", "1.2.3");
printf "%vx\n", "1.10.255";
printf "%#vo\n", "8.9";
printf "%v02x\n", "1.2.3";
printf "[%*vd]\n", ":", "1.2.3";
my $ip = pack("C4", 192, 168, 1, 10);
printf "%vd\n", $ip;
printf "version %vd\n", v5.36.0;
