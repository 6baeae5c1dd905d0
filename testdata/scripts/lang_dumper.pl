# Data::Dumper with Sortkeys, Indent and Terse.
use strict;
use warnings;
use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
my $data = { name => "x", list => [1, 2, [3, 4]], h => { b => 2, a => 1 }, n => 42, f => 1.5, s => "it's", u => undef, e => [], eh => {} };
print Dumper($data);
{
    local $Data::Dumper::Indent = 1;
    print Dumper([1, { a => 2 }]);
}
{
    local $Data::Dumper::Terse = 1;
    print Dumper("scalar"), Dumper([1, 2]), Dumper(-3), Dumper("007");
}
local $Data::Dumper::Indent = 0;
local $Data::Dumper::Terse = 1;
print Dumper({ k => [1, "two"] }), "\n";
print Data::Dumper->Dump([[1, 2], { a => 1 }], [qw(list hash)]);
