# String comparison operators compare characters, not numbers.
print "1: ", ("abc" eq "abc"), "\n";
print "2: ", ("abc" ne "abd"), "\n";
print "3: ", ("abc" lt "abd"), "\n";
print "4: ", ("b" gt "abc"), "\n";
print "5: ", ("abc" le "abc"), "\n";
print "6: ", ("ab" ge "abc"), "|\n";
print "7: ", ("a" cmp "b"), "\n";
print "8: ", ("b" cmp "a"), "\n";
print "9: ", ("a" cmp "a"), "\n";
print "10: ", ("10" lt "9"), "\n";
print "11: ", (10 < 9), "|\n";
print "12: ", ("B" lt "a"), "\n";
print "13: ", ("" lt "a"), "\n";
print "14: ", ("1.0" eq 1), "|\n";
print "15: ", ("1.0" == 1), "\n";
print "16: ", ("abc" cmp "abcd"), "\n";
print "17: ", (1 . "" eq "1"), "\n";
print "18: ", ("a" x 3 eq "aaa"), "\n";
