# A quantified group keeps its last iteration; collecting all with /g.
my ($last) = "a1b2c3" =~ /(?:(\w\d))+/;
print "last pair: $last\n";
my @all = "a1b2c3" =~ /(\w\d)/g;
print "all pairs: @all\n";
if ("key: v1, v2, v3" =~ /^(\w+):\s*(?:(\w+)(?:,\s*)?)+$/) { print "key $1 last value $2\n" }
my ($rep) = "xxxx" =~ /((?:x)*)/;
print "repeat [$rep]\n";
my @opt = map { /^(a)?b$/ ? (defined $1 ? "with" : "without") : "no" } qw(ab b c);
print "@opt\n";
