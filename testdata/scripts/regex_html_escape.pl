# Escaping and unescaping HTML entities; stripping tags.
my %esc = ('<' => '&lt;', '>' => '&gt;', '&' => '&amp;', '"' => '&quot;');
my %unesc = reverse %esc;
my $raw = '<a href="x?a=1&b=2">Tom & "Jerry"</a>';
(my $html = $raw) =~ s/([<>&"])/$esc{$1}/g;
print "$html\n";
(my $back = $html) =~ s/(&(?:lt|gt|amp|quot);)/$unesc{$1}/g;
print $back eq $raw ? "round trip\n" : "mismatch\n";
(my $text = $raw) =~ s/<[^>]*>//g;
print "$text\n";
my @links = '<a href="/one">1</a> <A HREF=\'/two\'>2</a>' =~ /<a\s+href=["']([^"']+)["']/gi;
print "@links\n";
(my $num = "&#65;&#x42;C") =~ s/&#(x?)([0-9a-f]+);/chr($1 ? hex $2 : $2)/gie;
print "$num\n";
