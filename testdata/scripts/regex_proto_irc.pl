# IRC-style messages: optional prefix, command, params, trailing text.
my @msgs = (
    ":nick!user\@host PRIVMSG #chan :hello there, all",
    "PING :server.test",
    ":server.test 001 nick :Welcome to the network",
    "JOIN #a,#b",
    ":n!u\@h MODE #chan +o other",
);
for (@msgs) {
    my ($prefix, $cmd, $rest) = /^(?::(\S+)\s+)?(\w+)\s*(.*)$/ or next;
    my ($params, $trail) = $rest =~ /^(.*?)(?:\s*:(.*))?$/;
    my @p = split ' ', $params;
    my $nick = defined $prefix && $prefix =~ /^([^!]+)!/ ? $1 : "-";
    print "cmd=$cmd nick=$nick params=[", join(",", @p), "] trail=[", (defined $trail ? $trail : ""), "]\n";
}
