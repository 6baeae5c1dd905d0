# Stacks and queues with push/pop/shift/unshift: balanced brackets, RPN
# evaluation and a BFS over a small graph.
use strict;
use warnings;
sub balanced {
    my @stack;
    my %pair = (')' => '(', ']' => '[', '}' => '{');
    for my $c (split //, shift) {
        if ($c =~ /[(\[{]/) { push @stack, $c }
        elsif ($c =~ /[)\]}]/) { return 0 unless @stack && pop(@stack) eq $pair{$c} }
    }
    return @stack ? 0 : 1;
}
print join(",", map { balanced($_) } "(a[b]{c})", "(]", "((", "{[()()]}"), "\n";
sub rpn {
    my @s;
    for my $t (split ' ', shift) {
        if ($t =~ /^-?\d+$/) { push @s, $t; next }
        my $b = pop @s;
        my $a = pop @s;
        push @s, $t eq '+' ? $a + $b : $t eq '-' ? $a - $b : $t eq '*' ? $a * $b : int($a / $b);
    }
    return $s[0];
}
print rpn("3 4 + 2 *"), " ", rpn("5 1 2 + 4 * + 3 -"), "\n";
my %g = (a => [qw(b c)], b => [qw(d)], c => [qw(d e)], d => [qw(f)], e => [qw(f)], f => []);
my @queue = ('a');
my %dist = (a => 0);
while (@queue) {
    my $n = shift @queue;
    for my $m (@{ $g{$n} }) {
        next if exists $dist{$m};
        $dist{$m} = $dist{$n} + 1;
        push @queue, $m;
    }
}
print join(" ", map { "$_=$dist{$_}" } sort keys %dist), "\n";
my @dq = (2, 3);
unshift @dq, 1;
push @dq, 4;
print "@dq | ", shift(@dq), pop(@dq), " | @dq\n";
