#!/usr/bin/perl -w
# A -w on the #! line turns on warnings where no pragma says otherwise,
# as perl obeys it even when run as `perl script`.
use strict;
my $u;
my $s = "a$u";
$s = "abc" + 1;
"useless";
{
    no warnings;
    $s = "b$u";
}
print "w=$^W\n";
