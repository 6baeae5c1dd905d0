# Matching binary strings with NUL and control bytes.
my $pkt = "\x00\x01HDR\x00len=5\x00\xff\xfe";
print "has nul\n" if $pkt =~ /\0/;
my @fields = split /\0/, $pkt;
print scalar(@fields), " fields\n";
print "hdr\n" if $pkt =~ /^\x00\x01HDR\x00/;
my ($len) = $pkt =~ /len=(\d+)/;
print "len $len\n";
my $hex = join " ", map { sprintf "%02x", ord } split //, substr($pkt, 0, 6);
print "$hex\n";
(my $printable = $pkt) =~ s/([^\x20-\x7e])/sprintf "\\x%02x", ord $1/ge;
print "$printable\n";
print "ends ff fe\n" if $pkt =~ /\xff\xfe\z/;
