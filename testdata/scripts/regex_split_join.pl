# split and join round trips, and split in scalar/list contexts.
my $line = "root:x:0:0:root:/root:/bin/bash";
my @f = split /:/, $line;
print scalar(@f), " fields, shell $f[-1]\n";
print join(":", @f) eq $line ? "round trip\n" : "changed\n";
my ($user, undef, $uid) = split /:/, $line;
print "$user $uid\n";
my @chars = split //, "hello";
print join("-", @chars), "\n";
print join(",", reverse split /\./, "www.example.test"), "\n";
my $words = () = split ' ', "count the words here";
print "$words\n";
my @lines = split /\n/, "a\nb\n\nc\n\n";
print scalar(@lines), ": ", join("|", @lines), "\n";
print join("+", map { ucfirst } split /_/, "snake_case_words"), "\n";
