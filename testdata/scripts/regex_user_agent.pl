# Picking browser, version and platform out of user agent strings.
for ("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
     "curl/8.4.0", "Wget/1.21", "something else") {
    my ($plat) = /\(([^;)]+)/;
    my ($name, $ver) = m{(Firefox|Chrome|curl|Wget)/(\d+(?:\.\d+)?)};
    my $bot = m{^(?:curl|Wget)/}i ? " (tool)" : "";
    print defined $name ? "$name $ver" : "unknown", $bot, " on ", (defined $plat ? $plat : "-"), "\n";
}
