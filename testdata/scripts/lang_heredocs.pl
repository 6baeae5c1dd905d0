# Here-documents: interpolating, literal, bare, indented, and several
# on one line.
use strict;
use warnings;
my $name = "world";
print <<"EOT";
Hello, $name!
  indented line
EOT
print <<'RAW';
No $interpolation here\n
RAW
print <<EOT;
bare heredoc for $name
EOT
print <<~INDENT;
    stripped indentation
      keeps relative
    done $name
    INDENT
print <<A . <<B;
first
A
second
B
my @parts = (<<X, <<Y);
x part
X
y part
Y
print @parts;
my $text = lc(<<END);
SHOUTING
END
print $text;
sub show { print "show: $_[0]" }
show(<<ARG);
as argument
ARG
my %h = (body => <<BODY, tail => 1);
in a hash
BODY
print $h{body}, $h{tail}, "\n";
print <<"E1", "middle\n", <<'E2';
one $name
E1
two $name
E2
