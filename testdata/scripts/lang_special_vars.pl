# Special variables: $0, $^O, $^W, $;, $", $, and $\ defaults, @ARGV
# and %ENV access, interpolated.
use strict;
use warnings;
print "os: $^O\n";
print "warn flag: $^W\n";
{
    local $^W = 1;
    print "local warn flag: $^W\n";
}
print "subsep: ", ($; eq "\034" ? "default" : "changed"), "\n";
print "list sep: [", $", "]\n";
print "ofs: ", (defined $, ? "defined" : "undef"), " ors: ", (defined $\ ? "defined" : "undef"), "\n";
print "args: ", scalar(@ARGV), "\n";
print "path set: ", (exists $ENV{PATH} ? "yes" : "no"), "\n";
print "script: ", ($0 =~ /lang_special_vars\.pl$/ ? "ok" : $0), "\n";
print "pid positive: ", ($$ > 0 ? "yes" : "no"), "\n";
print "time positive: ", (time > 0 ? "yes" : "no"), "\n";
