# Parse an INI-style configuration with sections, comments,
# continuation and defaults, then query it.
use strict;
use warnings;
my %conf;
my $section = "global";
my $pending = "";
while (my $line = <DATA>) {
    chomp $line;
    $line =~ s/\s*[#;].*$//;
    next unless length $line;
    if ($line =~ s/\\$//) { $pending .= $line; next }
    $line = $pending . $line;
    $pending = "";
    if ($line =~ /^\[([^\]]+)\]$/) { $section = lc $1; next }
    if (my ($k, $v) = $line =~ /^\s*([\w.]+)\s*=\s*(.*?)\s*$/) {
        $v =~ s/^"(.*)"$/$1/;
        $conf{$section}{$k} = $v;
        next;
    }
    warn "bad line: $line\n";
}
my %defaults = (port => 80, host => "localhost", timeout => 30);
for my $s (sort keys %conf) {
    print "[$s]\n";
    my %merged = (%defaults, %{ $conf{$s} });
    printf "  %-8s = %s\n", $_, $merged{$_} for sort keys %merged;
}
my @servers = grep { $_ ne 'global' } sort keys %conf;
print "servers: @servers\n";
print "total timeout: ", eval { my $t = 0; $t += ($conf{$_}{timeout} // $defaults{timeout}) for @servers; $t }, "\n";
__DATA__
# global settings
name = "demo app"
debug = 1 ; inline comment

[Web]
host = www.example.test
port = 8080
paths = /a, /b, \
        /c

[db]
host=db.local
timeout = 5
