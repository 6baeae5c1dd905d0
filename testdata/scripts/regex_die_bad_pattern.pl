# Bad patterns built at run time die with perl's message, caught by eval.
for my $p ("(", "a[", "x{2,1}", "*a", "ok", "(?<n>a)\\k<m>", "a)") {
    my $r = eval { "a" =~ /$p/ ? "match" : "no match" };
    if (defined $r) { print "$p: $r\n" }
    else { (my $e = $@) =~ s/ at \S+ line \d+\.\n//; print "$p: error: $e\n" }
}
my $ok = eval { qr/[/ };
print "qr failed\n" unless defined $ok;
print "message mentions regex\n" if $@ =~ /regex/;
