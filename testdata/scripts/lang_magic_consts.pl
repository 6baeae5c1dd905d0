# __FILE__, __LINE__, __PACKAGE__, and BEGIN/END ordering.
use strict;
use warnings;
print "file: ", __FILE__, "\n";
print "line: ", __LINE__, "\n";
BEGIN { print "begin 1\n" }
END { print "end 1\n" }
END { print "end 2 (runs first)\n" }
print "main body\n";
BEGIN { print "begin 2\n" }
my $line = __LINE__; print "line var: $line\n";
package Foo;
print "package: ", __PACKAGE__, "\n";
