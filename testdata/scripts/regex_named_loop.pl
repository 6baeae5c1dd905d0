# Named captures in a //g loop and %+ copied per match.
my $data = "temp=21C hum=40% temp=19C wind=5kmh";
my @readings;
while ($data =~ /(?<key>\w+)=(?<val>\d+)(?<unit>\D*)/g) {
    push @readings, { %+ };
}
for my $r (@readings) { print join(" ", map { "$_=$r->{$_}" } sort keys %$r), "\n" }
my %sum;
$sum{$+{key}} += $+{val} while $data =~ /(?<key>\w+)=(?<val>\d+)/g;
print join(", ", map { "$_:$sum{$_}" } sort keys %sum), "\n";
