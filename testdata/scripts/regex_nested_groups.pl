# Group numbering follows opening parentheses, nested groups included.
if ("2026-11-25T10:30" =~ /^((\d+)-(\d+)-(\d+))T((\d+):(\d+))$/) {
    print "date=$1 y=$2 m=$3 d=$4 time=$5 h=$6 min=$7\n";
}
my @g = "abcd" =~ /((a)(b(c)))(d)/;
print join("|", @g), "\n";
if ("abcdefghijkl" =~ /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)/) {
    print "ten=$10 eleven=$11 twelve=$12\n";
    print "count ", scalar(@-) - 1, "\n";
}
my ($outer, $inner) = "xyyz" =~ /x((y)+)z/;
print "outer=$outer inner=$inner\n";
if ("ab" =~ /(?:(a)|(x))(b)/) { print "2 undef: ", (defined $2 ? "no" : "yes"), " 3=$3\n" }
