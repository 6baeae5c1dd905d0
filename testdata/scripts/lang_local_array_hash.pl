# local on whole arrays and hashes, and on special hash %ENV entries.
use strict;
use warnings;
our @stack = (1, 2, 3);
our %conf = (mode => "prod");
sub report { return "stack=@stack mode=" . ($conf{mode} // "none") }
sub with_local {
    local @stack = ("temp");
    local %conf = (mode => "test");
    return report();
}
print with_local(), "\n";
print report(), "\n";
sub nested { local $conf{mode} = "inner"; return inner_report() }
sub inner_report { return report() }
print nested(), "\n";
print report(), "\n";
{
    local $ENV{MY_TEST_VAR} = "set";
    print "env: $ENV{MY_TEST_VAR}\n";
}
print "env after: ", (exists $ENV{MY_TEST_VAR} ? "exists" : "gone"), "\n";
our $level = 0;
sub recurse { local $level = $level + 1; return $_[0] > 0 ? recurse($_[0] - 1) : $level }
print "depth: ", recurse(4), " after: $level\n";
