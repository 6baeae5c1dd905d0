# Splitting a multipart body on its boundary and reading each part's headers.
my $ct = 'multipart/form-data; boundary="----XyZ"';
my ($boundary) = $ct =~ /boundary="?([^";]+)"?/;
my $body = "------XyZ\r\nContent-Disposition: form-data; name=\"field1\"\r\n\r\nvalue1\r\n"
         . "------XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nline one\r\nline two\r\n"
         . "------XyZ--\r\n";
my @parts = split /--\Q$boundary\E(?:--)?\r\n/, $body;
shift @parts if @parts && $parts[0] eq "";
for my $p (@parts) {
    my ($head, $content) = split /\r\n\r\n/, $p, 2;
    $content =~ s/\r\n\z//;
    my ($name) = $head =~ /\bname="([^"]*)"/;
    my ($file) = $head =~ /\bfilename="([^"]*)"/;
    my ($type) = $head =~ /^Content-Type:\s*(\S+)/mi;
    my $lines = () = $content =~ /\r\n/g;
    print "part $name", (defined $file ? " file=$file" : ""), " type=", (defined $type ? $type : "text/plain"), " bytes=", length($content), " newlines=$lines\n";
}
