# /n makes plain groups non-capturing; named groups still capture.
if ("2026-11-25" =~ /(\d+)-(\d+)-(\d+)/n) {
    print "1 is ", (defined $1 ? $1 : "undef"), "\n";
}
if ("2026-11-25" =~ /(?<y>\d+)-(\d+)-(\d+)/n) {
    print "y=$+{y} 1=$1 2=", (defined $2 ? $2 : "undef"), "\n";
}
my @l = "a1b2" =~ /([a-z])(\d)/gn;
print scalar(@l), " [@l]\n";
if ("ab" =~ /(?-n:(a))(b)/n) { print "inline: $1 ", (defined $2 ? $2 : "undef"), "\n" }
print qr/(x)/n, "\n";
