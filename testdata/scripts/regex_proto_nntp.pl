# NNTP-style responses: status codes, GROUP counts, OVER lines split on tabs.
for ("200 server ready - posting allowed", "211 1234 3000 4234 comp.lang.perl", "411 no such group", "223 3000 <id\@host> article retrieved") {
    my ($code, $text) = /^(\d{3}) (.*)$/ or next;
    if ($code == 211 && $text =~ /^(\d+) (\d+) (\d+) (\S+)$/) { print "group $4: $1 articles ($2-$3)\n" }
    elsif ($code == 223 && $text =~ /^(\d+) (<[^>]+>)/) { print "article $1 id $2\n" }
    elsif ($code =~ /^4/) { print "error $code: $text\n" }
    else { print "ok $code\n" }
}
my $over = "3000\tRe: regex question\talice\@a.test (Alice)\tWed, 25 Nov 2026 10:00:00 +0000\t<m1\@a.test>\t<m0\@a.test>\t1234\t42";
my ($num, $subj, $from, $date, $msgid, $refs, $bytes, $lines) = split /\t/, $over;
(my $name) = $from =~ /\(([^)]+)\)/;
print "$num [$subj] by $name, $lines lines, refs $refs\n";
print "reply\n" if $subj =~ /^re:\s/i;
