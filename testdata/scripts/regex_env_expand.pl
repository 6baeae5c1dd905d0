# Expanding $VAR, ${VAR} and ${VAR:-default} from a hash.
my %env = (HOME => "/home/me", USER => "me", EMPTY => "");
for ('$HOME/bin', '${USER}_cfg', '${MISSING:-fallback}/x', '${EMPTY:-dflt}', 'cost \$5', '$UNSET.txt') {
    (my $s = $_) =~ s/(?<!\\)\$(?:\{(\w+)(?::-([^}]*))?\}|(\w+))/
        my $n = defined $1 ? $1 : $3;
        defined $env{$n} && length $env{$n} ? $env{$n} : defined $2 ? $2 : ""/gex;
    $s =~ s/\\\$/\$/g;
    print "$_ -> $s\n";
}
