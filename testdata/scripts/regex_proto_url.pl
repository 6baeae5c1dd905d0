# Splitting URLs into scheme, host, port, path, query and fragment.
my @urls = ("http://example.test/index.html", "https://user:pw\@host.test:8443/a/b?x=1&y=2#frag",
            "ftp://files.test:21/", "mailto:someone", "//no-scheme.test/p", "http://[::1]:80/v6");
for my $u (@urls) {
    if ($u =~ m{^(?:([a-z][\w+.-]*):)?//(?:([^\@/]*)\@)?(\[[^\]]+\]|[^:/?#]+)(?::(\d+))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$}i) {
        my @f = map { defined $_ ? $_ : "" } ($1, $2, $3, $4, $5, $6, $7);
        print join(" | ", @f), "\n";
    } else {
        print "not hierarchical: $u\n";
    }
}
