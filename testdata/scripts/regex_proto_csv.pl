# CSV lines with quoted fields, parsed with \G and /gc.
my @rows = ('a,b,c', '"quoted, comma",plain,"with ""escaped"" quotes"', ',,', '"",x', 'trailing,');
for my $row (@rows) {
    my @f;
    pos($row) = 0;
    while (pos($row) <= length $row) {
        if ($row =~ /\G"((?:[^"]|"")*)"(?:,|$)/gc) { (my $v = $1) =~ s/""/"/g; push @f, $v }
        elsif ($row =~ /\G([^,]*)(?:,|$)/gc)       { push @f, $1 }
        else { last }
        last if pos($row) == length($row) && substr($row, -1) ne ",";
        if (pos($row) == length $row) { push @f, ""; last }
    }
    print scalar(@f), ": ", join(" | ", map { "<$_>" } @f), "\n";
}
