# Heredocs with interpolated expressions, method-free data, and heredoc
# inside a sub call with other arguments.
use strict;
use warnings;
my %user = (name => "Ann", roles => [qw(admin dev)]);
my @items = (["apple", 1.5], ["pear", 2]);
my $total = 0;
$total += $_->[1] for @items;
print <<"END";
User: $user{name}
Roles: @{$user{roles}}
First role: $user{roles}[0] / $user{roles}->[1]
Items: @{[ map { $_->[0] } @items ]}
Total: @{[ sprintf "%.2f", $total ]}
Escaped: \$user{name} \@items
END
sub frame { my ($title, $body) = @_; return "[$title]\n$body" . "[/$title]\n" }
print frame("box", <<BODY);
inside the box
BODY
my $text = <<'A' . <<"B";
literal $x
A
interpolated $user{name}
B
print $text;
