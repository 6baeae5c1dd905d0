# Cookie and Set-Cookie headers: pairs, attributes, flags.
my $cookie = "sid=abc123; theme=dark;  lang=en-US; empty=";
my %c = map { /^\s*([^=]+)=(.*)$/ ? ($1, $2) : () } split /;/, $cookie;
print "$_=[$c{$_}]\n" for sort keys %c;
for ("id=a3fWa; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Secure; HttpOnly",
     "pref=1; Max-Age=3600; Path=/docs; SameSite=Lax") {
    my ($pair, @attrs) = split /;\s*/;
    my ($n, $v) = split /=/, $pair, 2;
    my @desc;
    for (@attrs) {
        if (/^(expires|max-age|path|domain|samesite)=(.*)$/i) { push @desc, lc($1) . "=$2" }
        elsif (/^(secure|httponly)$/i) { push @desc, lc $1 }
    }
    print "$n=$v {", join("; ", @desc), "}\n";
}
