# camelCase, snake_case, kebab-case and Title Case conversions.
sub snake { my $s = shift; $s =~ s/(?<=[a-z0-9])([A-Z])/_$1/g; $s =~ s/([A-Z]+)([A-Z][a-z])/$1_$2/g; return lc $s }
sub camel { my $s = shift; $s =~ s/[_-]+(\w)/\u$1/g; return $s }
sub kebab { my $s = snake(shift); $s =~ tr/_/-/; return $s }
sub title { my $s = shift; $s =~ s/(\w+)/\u\L$1/g; return $s }
for my $w (qw(helloWorld HTTPServer getURLPath simple already_snake x)) {
    printf "%-14s %-16s %-14s %s\n", $w, snake($w), camel(snake($w)), kebab($w);
}
print title("the LORD of the rINGS"), "\n";
