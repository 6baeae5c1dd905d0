# Simple hash use: store, fetch, interpolate, exists, delete, sorted keys.
my %h = (name => "Ann", age => 31);
$h{city} = "Oslo";
print "name: $h{name}\n";
print "age: $h{'age'}\n";
print "city: $h{city}\n";
my $k = "name";
print "by var: $h{$k}\n";
print "exists: ", (exists $h{age} ? "yes" : "no"), "\n";
print "missing: ", (exists $h{zip} ? "yes" : "no"), "\n";
delete $h{age};
print "after delete: ", (exists $h{age} ? "yes" : "no"), "\n";
for my $key (sort keys %h) {
    print "$key=$h{$key}\n";
}
my %count;
for my $w ("a", "b", "a", "c", "a", "b") {
    $count{$w}++;
}
for my $w (sort keys %count) {
    print "$w: $count{$w}\n";
}
print "size: ", scalar(keys %count), "\n";
