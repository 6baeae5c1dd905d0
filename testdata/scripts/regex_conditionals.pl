# Conditional patterns: (?(1)then|else), (?(<name>)...), lookaround conditions.
for ("<tag>", "tag", "<tag", "tag>") {
    print "$_: ", (/^(<)?\w+(?(1)>)$/ ? "balanced" : "unbalanced"), "\n";
}
for ('"quoted"', "'single'", "bare", "\"mixed'") {
    print "$_: ", (/^(?<q>["'])?\w+(?(<q>)\k<q>)$/ ? "ok" : "bad"), "\n";
}
for ("a1", "b1", "a2") {
    print "$_: ", (/^(?(?=a)a1|b\d)$/ ? "yes" : "no"), "\n";
}
