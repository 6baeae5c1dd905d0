# A tiny markdown to HTML converter built from substitutions.
my @md = ("# Title", "Some *emphasis* and **strong** text.", "## Sub", "- item one", "- item `code`",
          "A [link](http://x.test) here.", "");
for (@md) {
    my $l = $_;
    if ($l =~ s/^(#{1,6})\s+(.*)$/"<h" . length($1) . ">$2<\/h" . length($1) . ">"/e) { print "$l\n"; next }
    $l =~ s/\*\*(.+?)\*\*/<strong>$1<\/strong>/g;
    $l =~ s/\*(.+?)\*/<em>$1<\/em>/g;
    $l =~ s/`([^`]+)`/<code>$1<\/code>/g;
    $l =~ s/\[([^\]]+)\]\(([^)]+)\)/<a href="$2">$1<\/a>/g;
    $l =~ s/^- (.*)/<li>$1<\/li>/;
    $l = "<p>$l</p>" unless $l =~ /^<(?:li|h\d)/ || $l eq "";
    print "$l\n";
}
