# Parsing commands of a line protocol: /^(\w+)\s+(.*)$/ and bare commands.
my @input = ("USER alice", "PASS secret word", "LIST", "  NOOP  ", "RETR 5", "bad!cmd", "quit");
for my $line (@input) {
    $line =~ s/^\s+|\s+$//g;
    if ($line =~ /^(\w+)\s+(.*)$/) {
        my ($cmd, $arg) = (uc $1, $2);
        print "cmd=$cmd arg=[$arg]\n";
    } elsif ($line =~ /^(\w+)$/) {
        print "cmd=", uc($1), " (no args)\n";
    } else {
        print "ERR unparsable [$line]\n";
    }
}
my %dispatch = (USER => 1, PASS => 1, LIST => 0);
for ("USER bob", "LIST", "LIST extra") {
    my ($c, @args) = split /\s+/;
    my $want = $dispatch{$c};
    print "$c: ", (@args == $want ? "ok" : "wrong arg count"), "\n";
}
