# Unified diff headers and hunks: @@ -a,b +c,d @@ and line classes.
my @diff = split /\n/, <<'END';
--- a/file.txt
+++ b/file.txt
@@ -1,3 +1,4 @@ context
 same
-removed
+added one
+added two
@@ -10 +11,0 @@
-gone
END
my ($add, $del) = (0, 0);
for (@diff) {
    if (m{^(---|\+\+\+) [ab]/(.*)$}) { print "file $2 ($1)\n"; next }
    if (/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(.*)$/) {
        my ($os, $ol, $ns, $nl, $ctx) = ($1, $2, $3, $4, $5);
        printf "hunk old %d+%d new %d+%d%s\n", $os, (defined $ol ? $ol : 1), $ns, (defined $nl ? $nl : 1), ($ctx =~ /\S/ ? " [$ctx]" : "");
        next;
    }
    $add++ if /^\+/;
    $del++ if /^-/;
}
print "added $add removed $del\n";
