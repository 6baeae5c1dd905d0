# Dates and times in several formats, normalised to ISO.
my %mon = (jan=>1,feb=>2,mar=>3,apr=>4,may=>5,jun=>6,jul=>7,aug=>8,sep=>9,oct=>10,nov=>11,dec=>12);
for ("2026-11-25", "25/11/2026", "Nov 25, 2026", "25 nov 2026 10:30", "20261125", "2026-13-01", "yesterday") {
    my ($y, $m, $d);
    if    (/^(\d{4})-(\d\d)-(\d\d)$/)                   { ($y, $m, $d) = ($1, $2, $3) }
    elsif (m{^(\d\d?)/(\d\d?)/(\d{4})$})                { ($y, $m, $d) = ($3, $2, $1) }
    elsif (/^([a-z]{3})\w*\s+(\d\d?),\s*(\d{4})$/i)     { ($y, $m, $d) = ($3, $mon{lc $1}, $2) }
    elsif (/^(\d\d?)\s+([a-z]{3})\s+(\d{4})(?:\s+(\d\d):(\d\d))?$/i) { ($y, $m, $d) = ($3, $mon{lc $2}, $1) }
    elsif (/^(\d{4})(\d\d)(\d\d)$/)                     { ($y, $m, $d) = ($1, $2, $3) }
    if (defined $y && $m >= 1 && $m <= 12) { printf "%-18s %04d-%02d-%02d\n", $_, $y, $m, $d }
    else { printf "%-18s unknown\n", $_ }
}
my ($h, $mi, $s) = "T10:05:09Z" =~ /T(\d\d):(\d\d):(\d\d)/;
print $h * 3600 + $mi * 60 + $s, "\n";
