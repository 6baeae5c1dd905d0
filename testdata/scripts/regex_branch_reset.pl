# Branch reset (?|...): alternatives share group numbers.
for ("2026-11-25", "25.11.2026", "11/25/2026") {
    if (m{^(?|(\d{4})-(\d\d)-(\d\d)|(\d\d)\.(\d\d)\.(\d{4})|(\d\d)/(\d\d)/(\d{4}))$}) {
        print "$_: $1 $2 $3\n";
    }
}
my @v = map { /(?|a(\d)|b(\d)|c(\d))/ ? $1 : "-" } qw(a1 b2 c3 d4);
print "@v\n";
if ("xb" =~ /(x)(?|(a)|(b))(c)?/) { print "1=$1 2=$2 3=", (defined $3 ? $3 : "u"), "\n" }
