# require with versions, v-strings, computed module file names and
# modules that come with perl.
require 5.006;
require v5.10.1;
print "versions ok\n";
for my $m (qw(List::Util Scalar::Util)) {
    (my $file = "$m.pm") =~ s{::}{/}g;
    require $file;
    print "$m loaded: ", (exists $INC{$file} ? "in %INC" : "not in %INC"), "\n";
}
print List::Util::sum(1 .. 4), " ", Scalar::Util::reftype([]), "\n";
my $ok = eval { require "No/Such/Thing.pm"; 1 };
(my $err = $@) =~ s/\(\@INC contains: [^)]*\)/(...)/;
print $ok ? "loaded\n" : $err;
eval { my $empty = ""; require $empty };
print $@;
