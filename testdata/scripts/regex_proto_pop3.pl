# A POP3 session transcript: commands, +OK/-ERR replies, LIST parsing.
my @t = split /\n/, <<'END';
C: USER alice
S: +OK user accepted
C: PASS s3cret
S: +OK 2 messages (320 octets)
C: LIST
S: +OK scan listing follows
S: 1 120
S: 2 200
S: .
C: RETR 3
S: -ERR no such message
C: QUIT
S: +OK bye
END
my ($msgs, $octets, @sizes);
for (@t) {
    my ($who, $text) = /^([CS]): (.*)$/ or next;
    if ($who eq "C") { my ($cmd, $arg) = $text =~ /^(\w+)(?:\s+(.*))?$/; print "> $cmd", (defined $arg && $cmd ne "PASS" ? " $arg" : ""), "\n"; next }
    if ($text =~ /^\+OK (\d+) messages \((\d+) octets\)/) { ($msgs, $octets) = ($1, $2) }
    elsif ($text =~ /^(\d+) (\d+)$/) { push @sizes, "$1:$2" }
    elsif ($text =~ /^-ERR (.*)/) { print "! $1\n" }
}
print "msgs=$msgs octets=$octets sizes=@sizes\n";
