# A tiny template engine: placeholders, loops via callbacks, escaping,
# and a report built from nested data.
use strict;
use warnings;
my %esc = ('<' => '&lt;', '>' => '&gt;', '&' => '&amp;', '"' => '&quot;');
sub html { my $s = shift; $s =~ s/([<>&"])/$esc{$1}/g; return $s }
sub render {
    my ($tpl, $vars) = @_;
    $tpl =~ s/\{\{\s*(\w+)\s*\}\}/exists $vars->{$1} ? html($vars->{$1}) : "{{$1?}}"/ge;
    return $tpl;
}
my @items = ({ name => "Widget <b>", price => 9.5, qty => 3 }, { name => "Gadget & co", price => 12, qty => 1 }, { name => 'Thing "x"', price => 0.99, qty => 10 });
my $row = "<tr><td>{{ name }}</td><td>{{price}}</td><td>{{qty}}</td><td>{{total}}</td></tr>\n";
my $out = "";
my $grand = 0;
for my $it (@items) {
    my $total = $it->{price} * $it->{qty};
    $grand += $total;
    $out .= render($row, { %$it, total => sprintf("%.2f", $total), price => sprintf("%.2f", $it->{price}) });
}
print render("<h1>{{title}}</h1>\n", { title => "Order #42 <draft>" });
print $out;
print render("<p>Grand total: {{grand}} ({{count}} items) {{missing}}</p>\n", { grand => sprintf("%.2f", $grand), count => scalar @items });
