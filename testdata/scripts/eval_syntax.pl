# Syntax errors in eval strings: $@ holds perl's message and the program
# goes on.
my @bad = ('1 +', 'if (1) {', '"unterminated', 'my ($a, $b = (1, 2);', 'foo(1, 2;');
for my $code (@bad) {
    my $r = eval $code;
    my $msg = $@;
    $msg =~ s/\n.*//s;
    print defined $r ? "defined" : "undef", ": ", ($msg =~ /^(syntax error|Missing right curly|Can't find string terminator|Unmatched right curly)/ ? $1 : $msg), "\n";
}
print "still running\n";
my $ok = eval '1 + 1';
print "ok: $ok [$@]\n";
