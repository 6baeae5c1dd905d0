# Mail headers with folded continuation lines and encoded parameters.
my $hdr = "From: Alice <alice\@a.test>\nTo: bob\@b.test,\n  carol\@c.test\nSubject: Re: hello\n\tworld\nContent-Type: multipart/mixed; boundary=\"XYZ\"; charset=us-ascii\n";
(my $unfolded = $hdr) =~ s/\n[ \t]+/ /g;
my %h;
for (split /\n/, $unfolded) {
    /^([!-9;-~]+):\s*(.*)$/ or next;
    $h{lc $1} = $2;
}
print "$_: $h{$_}\n" for sort keys %h;
my @to = split /\s*,\s*/, $h{to};
print "recipients: ", scalar(@to), "\n";
my %param = $h{"content-type"} =~ /;\s*(\w+)="?([^";]*)"?/g;
print "$_=$param{$_}\n" for sort keys %param;
my ($name, $addr) = $h{from} =~ /^(.*?)\s*<([^>]+)>$/;
print "name=$name addr=$addr\n";
