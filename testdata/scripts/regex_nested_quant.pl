# Nested quantifiers and groups: (?:a|b)*c, ((ab)+)+, optional nested groups.
for ("abbac", "c", "abx", "bbbbc") { print "$_: ", (/^(?:a|b)*c$/ ? "yes" : "no"), "\n" }
if ("ababab" =~ /^((ab)+)$/) { print "outer=$1 inner=$2\n" }
if ("a-b-c" =~ /^(\w)(?:-(\w)(?:-(\w))?)?$/) { print join(",", map { defined $_ ? $_ : "u" } $1, $2, $3), "\n" }
if ("a-b" =~ /^(\w)(?:-(\w)(?:-(\w))?)?$/) { print join(",", map { defined $_ ? $_ : "u" } $1, $2, $3), "\n" }
my @m = "x1y2z" =~ /(?:([a-z])(\d)?)/g;
print join(",", map { defined $_ ? $_ : "u" } @m), "\n";
print "deep\n" if "aaabbb" =~ /^(?:a(?:a(?:a)?)?)(?:b{1,3})$/;
