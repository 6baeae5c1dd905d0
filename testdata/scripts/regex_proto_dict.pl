# DICT-like protocol: quoted arguments in commands and definitions ended by a dot line.
my @cmds = ('DEFINE wn "ice cream"', 'MATCH * prefix "perl"', 'SHOW DB', 'DEFINE ! word', 'CLIENT "miniperl test"');
for (@cmds) {
    my @args;
    push @args, defined $1 ? $1 : $2 while /"([^"]*)"|(\S+)/g;
    print scalar(@args), ": ", join(" | ", @args), "\n";
}
my $resp = "150 1 definitions retrieved\n151 \"perl\" wn \"WordNet\"\nperl\n  n 1: a language\n..escaped dot\n.\n250 ok\n";
for (split /\n/, $resp) {
    if (/^(\d{3}) (.*)/) { print "status $1\n"; next }
    last if /^\.$/;
    (my $l = $_) =~ s/^\.\././;
    print "text: $l\n";
}
