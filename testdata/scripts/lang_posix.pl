# POSIX floor, ceil, fmod, strftime (fixed epoch, UTC), INT_MAX.
use strict;
use warnings;
use POSIX qw(floor ceil fmod strftime);
print floor(3.7), " ", floor(-3.7), " ", ceil(3.2), " ", ceil(-3.2), " ", floor(5), "\n";
print fmod(10, 3), " ", fmod(-10, 3), " ", fmod(5.5, 2), "\n";
print strftime("%Y-%m-%d %H:%M:%S", gmtime(1234567890)), "\n";
print strftime("%a %b %e %j %A %B %y %%", gmtime(0)), "\n";
print strftime("%Y%m%dT%H%M%S", 5, 4, 3, 2, 0, 100), "\n";
print POSIX::floor(-0.5), " ", POSIX::ceil(-0.5), "\n";
print POSIX::INT_MAX(), "\n";
