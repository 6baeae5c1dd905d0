# Crontab lines: five time fields, ranges, steps, lists, and a command.
my $field = qr/(?:\*|\d+(?:-\d+)?)(?:\/\d+)?(?:,(?:\*|\d+(?:-\d+)?)(?:\/\d+)?)*/;
for ("*/15 * * * * /usr/bin/check", "0 2 * * 1-5 backup --full", "30 8,12,18 1 * * remind", "bad line here", "@daily cleanup") {
    if (/^($field)\s+($field)\s+($field)\s+($field)\s+($field)\s+(.+)$/) {
        my @f = ($1, $2, $3, $4, $5);
        my $cmd = $6;
        my @desc = map { my $x = $_; $x =~ s{^\*/(\d+)$}{every $1}; $x } @f;
        print "[", join("] [", @desc), "] => $cmd\n";
    } elsif (/^@(\w+)\s+(.+)$/) {
        print "special $1 => $2\n";
    } else {
        print "invalid: $_\n";
    }
}
