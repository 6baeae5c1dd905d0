# Normalising phone numbers with captures and /x.
my $re = qr/^ \s* (?:\+?(\d{1,3})[\s.-]*)? \(? (\d{3}) \)? [\s.-]* (\d{3}) [\s.-]* (\d{4}) \s* $/x;
for ("555-123-4567", "(555) 123 4567", "+1 555.123.4567", "5551234567", "+44 020 1234 5678", "123-45") {
    if ($_ =~ $re) {
        printf "%-20s => +%s (%s) %s-%s\n", $_, (defined $1 ? $1 : "1"), $2, $3, $4;
    } else {
        printf "%-20s => invalid\n", $_;
    }
}
(my $masked = "call 555-123-4567 or 555-987-6543") =~ s/\d{3}-\d{3}-(\d{4})/XXX-XXX-$1/g;
print "$masked\n";
