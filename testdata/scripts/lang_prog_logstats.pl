# Log analysis: parse access-log lines, count by status and path,
# compute percentiles and print a report with formats.
use strict;
use warnings;
my @log = map { chomp; $_ } <DATA>;
my (%by_status, %by_path, @times, %bytes_by_ip);
for (@log) {
    next unless /^(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+|-) (\d+)ms$/;
    my ($ip, $when, $method, $path, $status, $bytes, $ms) = ($1, $2, $3, $4, $5, $6, $7);
    $by_status{$status}++;
    $by_path{"$method $path"}++;
    push @times, $ms;
    $bytes_by_ip{$ip} += $bytes eq '-' ? 0 : $bytes;
}
print "requests: ", scalar(@times), "\n";
printf "%s: %d\n", $_, $by_status{$_} for sort keys %by_status;
for my $p (sort { $by_path{$b} <=> $by_path{$a} || $a cmp $b } keys %by_path) {
    printf "%-20s %3d %s\n", $p, $by_path{$p}, '*' x $by_path{$p};
}
my @sorted = sort { $a <=> $b } @times;
my $pct = sub { my $p = shift; $sorted[int($p / 100 * $#sorted + 0.5)] };
printf "min %d p50 %d p90 %d max %d avg %.2f\n", $sorted[0], $pct->(50), $pct->(90), $sorted[-1], eval { my $s = 0; $s += $_ for @sorted; $s / @sorted };
printf "%-12s %8s\n", $_, $bytes_by_ip{$_} for sort { $bytes_by_ip{$b} <=> $bytes_by_ip{$a} } keys %bytes_by_ip;
__DATA__
10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 12ms
10.0.0.2 - - [10/Oct/2023:13:55:37 +0000] "GET /about HTTP/1.1" 200 1200 8ms
10.0.0.1 - - [10/Oct/2023:13:55:38 +0000] "POST /login HTTP/1.1" 302 - 45ms
10.0.0.3 - - [10/Oct/2023:13:55:39 +0000] "GET /index.html HTTP/1.1" 304 0 3ms
garbage line
10.0.0.2 - - [10/Oct/2023:13:55:40 +0000] "GET /missing HTTP/1.1" 404 512 5ms
10.0.0.1 - - [10/Oct/2023:13:55:41 +0000] "GET /index.html HTTP/1.1" 200 2326 15ms
10.0.0.4 - - [10/Oct/2023:13:55:42 +0000] "GET /api/items HTTP/1.1" 500 128 230ms
