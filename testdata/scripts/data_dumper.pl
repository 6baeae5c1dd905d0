# Data::Dumper output with Sortkeys, Indent 0/1/2, Terse, blessed and nested data.
use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
my $o = bless {x=>[1,{y=>undef}]}, "Foo";
print Dumper({a=>1, b=>[1,2,[]], c=>"it's", d=>3.5, e=>1234567890, f=>{}, g=>\"s", h=>-5, o=>$o}, "x");
$Data::Dumper::Indent=1; print Dumper([1,{a=>2}]);
$Data::Dumper::Terse=1; print Dumper("a"), Dumper([1]);
$Data::Dumper::Indent=0; print Dumper({k => [1, "two"]}), "\n";
