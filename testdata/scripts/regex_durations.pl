# Parsing durations and sizes with units.
my %sec = (s => 1, m => 60, h => 3600, d => 86400, w => 604800);
for ("1h30m", "45s", "2d 4h", "1w2d3h4m5s", "90", "3x") {
    my $in = $_;
    if ($in =~ /^\d+$/) { print "$in = $in s\n"; next }
    unless ($in =~ /^(?:\s*\d+\s*[smhdw])+$/) { print "$in invalid\n"; next }
    my $t = 0;
    $t += $1 * $sec{$2} while $in =~ /(\d+)\s*([smhdw])/g;
    print "$in = $t s\n";
}
my %mult = ("" => 1, K => 1024, M => 1024**2, G => 1024**3);
for ("512", "10K", "1.5M", "2G", "3T") {
    if (/^(\d+(?:\.\d+)?)([KMG]?)$/) { print "$_ = ", $1 * $mult{$2}, " bytes\n" } else { print "$_ unknown unit\n" }
}
