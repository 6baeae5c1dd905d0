# /i: case-insensitive literals, classes, backrefs, and commands.
for my $cmd (qw(QUIT Quit quit exit EXIT bye)) {
    printf "%-4s %s\n", $cmd, ($cmd =~ /^(?:quit|exit)$/i ? "leave" : "stay");
}
print "class\n" if "X" =~ /[a-z]/i;
print "neg class\n" unless "X" =~ /[^a-z]/i;
print "backref\n" if "abcABC" =~ /^(abc)\1$/i;
print "no backref\n" unless "abcABC" =~ /^(abc)\1$/;
my $s = "Hello HELLO hello";
my $n = () = $s =~ /hello/gi;
print "count $n\n";
(my $t = $s) =~ s/HELLO/bye/gi;
print "$t\n";
print "posix\n" if "A" =~ /[[:lower:]]/i;
print "range\n" if "Q" =~ /[p-r]/i;
