# A line protocol read from STDIN: commands until quit.
my %store;
while (my $line = <STDIN>) {
    $line =~ s/\r?\n$//;
    next if $line =~ /^\s*$/;
    if ($line =~ /^(?:quit|exit)\b/i) { print "BYE\n"; last }
    my ($cmd, $rest) = $line =~ /^(\w+)\s*(.*)$/ or do { print "ERR bad line\n"; next };
    $cmd = uc $cmd;
    if ($cmd eq "SET" && $rest =~ /^(\w+)\s+(.*)$/) { $store{$1} = $2; print "OK\n" }
    elsif ($cmd eq "GET" && $rest =~ /^(\w+)$/) { print exists $store{$1} ? "VAL $store{$1}\n" : "NIL\n" }
    elsif ($cmd eq "INCR" && $rest =~ /^(\w+)$/) { print "VAL ", ++$store{$1}, "\n" }
    elsif ($cmd eq "KEYS") { my $p = $rest eq "" ? qr/./ : qr/^\Q$rest\E/; print "KEYS ", join(" ", grep { /$p/ } sort keys %store), "\n" }
    else { print "ERR unknown $cmd\n" }
}
print "done ", scalar(keys %store), "\n";
