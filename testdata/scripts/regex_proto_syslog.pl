# Syslog-style lines: priority, host, program[pid]: message.
my @lines = (
    "<34>Nov 25 10:00:01 web01 sshd[1234]: Failed password for root from 10.0.0.9 port 22",
    "<13>Nov  5 09:15:00 db kernel: disk sda1 full",
    "<165>Nov 25 10:00:03 web01 app[77]: user=bob action=login ok",
);
for (@lines) {
    my ($pri, $ts, $host, $prog, $pid, $msg) = /^<(\d+)>(\w{3}\s+\d+ [\d:]+) (\S+) ([\w\/.-]+)(?:\[(\d+)\])?: (.*)$/ or next;
    my ($fac, $sev) = (int($pri / 8), $pri % 8);
    $ts =~ s/\s+/ /g;
    print "fac=$fac sev=$sev [$ts] $host $prog", (defined $pid ? "($pid)" : ""), " -> $msg\n";
    if ($msg =~ /Failed password for (\w+) from ([\d.]+)/) { print "  alert: $1 from $2\n" }
    my %kv = $msg =~ /(\w+)=(\w+)/g;
    print "  kv: ", join(",", map { "$_=$kv{$_}" } sort keys %kv), "\n" if %kv;
}
