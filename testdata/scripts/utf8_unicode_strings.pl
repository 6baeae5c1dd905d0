# Case mapping of Latin-1 bytes: ASCII rules by default, Unicode rules
# under the unicode_strings feature (or use v5.12 and later).
sub show { join(",", map { sprintf "%x", ord } split //, $_[0]) }
print show(uc "\xe9\xe0z"), " ", show(lc "\xc9Z"), "\n";
{
    use feature 'unicode_strings';
    print show(uc "\xe9\xe0z"), " ", show(lc "\xc9Z"), "\n";
    print show(ucfirst "\xe9t\xe9"), " ", show(lcfirst "\xc9T"), "\n";
    print show(uc "\xdf"), " ", show(uc "\xff"), " ", length(uc "\xff"), "\n";
}
print show(uc "\xe9"), "\n";
{
    use v5.12;
    print show(uc "\xe9"), "\n";
}
