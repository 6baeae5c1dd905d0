# Parsing a git-style log: commit headers, authors, subjects, trailers.
my $log = <<'END';
commit 1a2b3c4d5e6f
Author: Alice Smith <alice@a.test>
Date:   Wed Nov 25 10:00:00 2026 +0000

    Fix parser bug (#42)

    Signed-off-by: Alice Smith <alice@a.test>

commit 9f8e7d6c5b4a
Author: Bob <bob@b.test>
Date:   Tue Nov 24 09:00:00 2026 +0000

    Add feature: regex support
END
for my $c (split /^(?=commit )/m, $log) {
    my ($id) = $c =~ /^commit (\w{7})/;
    my ($name, $mail) = $c =~ /^Author: (.+?) <([^>]+)>$/m;
    my ($subject) = $c =~ /\n\n {4}(.+)/;
    my @trailers = $c =~ /^ {4}([\w-]+): /mg;
    my ($issue) = $subject =~ /\(#(\d+)\)/;
    print "$id $name <$mail> \"$subject\"", (defined $issue ? " issue=$issue" : ""), (@trailers ? " trailers=@trailers" : ""), "\n";
}
