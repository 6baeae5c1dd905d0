# Log lines: timestamps, levels, counting by level, extracting fields.
my @log = (
    "2026-11-25T10:00:01Z INFO  [web] started pid=123",
    "2026-11-25T10:00:02Z WARN  [db] slow query ms=250",
    "2026-11-25T10:00:03Z ERROR [web] failed user=bob code=500",
    "garbage",
    "2026-11-25T10:01:00Z INFO  [db] ok ms=3",
);
my %by;
for (@log) {
    my ($date, $time, $lvl, $comp, $msg) = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)Z\s+(\w+)\s+\[(\w+)\]\s+(.*)$/
        or do { print "skip: $_\n"; next };
    $by{$lvl}++;
    my %kv = $msg =~ /(\w+)=(\S+)/g;
    my $kvs = join ",", map { "$_:$kv{$_}" } sort keys %kv;
    print "$time $comp $lvl {$kvs}\n";
}
print join(" ", map { "$_=$by{$_}" } sort keys %by), "\n";
my @slow = grep { /ms=(\d+)/ && $1 > 100 } @log;
print scalar(@slow), " slow\n";
