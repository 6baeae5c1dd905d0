# study is a no-op that still reports; a user sub named lock is called (lock is a weak keyword).
my @lines = ("abc", "xbz", "", "q");
for (@lines) { my $s = study; print "[$_] ", ($s ? "y" : "n"), " ", (/b/ ? "b" : "-"), "\n"; }
print "num: ", (study(42) ? "y" : "n"), "\n";
sub lock { "user lock(@_)" }
print lock("file"), "\n";
