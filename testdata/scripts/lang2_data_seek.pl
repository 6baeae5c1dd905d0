# DATA is the script file left open at the data: tell, seek back to the data or to the top of the script, $. and die/warn positions.
my $start = tell(DATA);
print "tell ok\n" if $start > 0;
while (<DATA>) { chomp; print "$.: $_\n"; }
print "eof: ", (eof(DATA) ? 1 : 0), "\n";
seek(DATA, $start, 0); $. = 0;
my $again = <DATA>; print "again: $again";
warn "warned";
seek(DATA, 0, 0); my $top = <DATA>; print "top: $top";
__DATA__
first
second
