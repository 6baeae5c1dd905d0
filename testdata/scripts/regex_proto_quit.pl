# Recognising quit/exit commands case-insensitively in a session loop.
my @session = ("hello", "Help", "QUIT now", "status", "Exit", "quitter", "bye");
for my $msg (@session) {
    if ($msg =~ /^(?:quit|exit)$/i) { print "$msg: exact leave\n"; next }
    if ($msg =~ /quit|exit/i)        { print "$msg: contains leave word\n"; next }
    if ($msg =~ /^\s*help\b/i)       { print "$msg: help\n"; next }
    print "$msg: echo\n";
}
my $n = grep { /\b(?:quit|exit|bye)\b/i } @session;
print "leave-ish: $n\n";
