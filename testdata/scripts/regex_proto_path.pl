# File paths: basename, dirname, extension, normalisation.
for my $p ("/usr/local/lib/perl5/Foo.pm", "relative/dir/", "file.tar.gz", "/", "a//b/./c/../d", ".hidden") {
    my ($dir, $base) = $p =~ m{^(.*/)?([^/]*)$};
    $dir = "" unless defined $dir;
    my ($stem, $ext) = $base =~ /^(\.?[^.]*)(?:\.(.*))?$/;
    (my $norm = $p) =~ s{/+}{/}g;
    $norm =~ s{/\./}{/}g;
    1 while $norm =~ s{[^/]+/\.\./}{};
    printf "%-28s dir=%-18s base=%-10s ext=%-6s norm=%s\n", $p, $dir, $base, (defined $ext ? $ext : "-"), $norm;
}
