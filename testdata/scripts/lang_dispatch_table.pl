# A command interpreter built on a dispatch table of code references,
# with aliases, argument checking and a default handler.
use strict;
use warnings;
my %vars;
my %commands;
%commands = (
    set => sub { my ($k, $v) = @_; die "usage: set KEY VALUE\n" unless defined $v; $vars{$k} = $v; "ok" },
    get => sub { my $k = shift; exists $vars{$k} ? $vars{$k} : "(unset)" },
    del => sub { my $k = shift; defined(delete $vars{$k}) ? "deleted" : "no such key" },
    keys => sub { join(",", sort keys %vars) || "(none)" },
    add => sub { my $s = 0; $s += $_ for @_; $s },
    help => sub { join(" ", sort keys %commands) },
);
my %alias = (ls => 'keys', rm => 'del', '+' => 'add');
my @script = ("set a 1", "set b two", "get a", "get zz", "ls", "rm a", "rm a", "+ 1 2 3 4", "set c", "bogus 1", "help");
for my $line (@script) {
    my ($cmd, @args) = split ' ', $line;
    $cmd = $alias{$cmd} // $cmd;
    my $h = $commands{$cmd};
    my $out = $h ? eval { $h->(@args) } // "error: $@" : "unknown command '$cmd'";
    chomp $out;
    printf "%-12s => %s\n", $line, $out;
}
