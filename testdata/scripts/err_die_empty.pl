# die with no message says "Died".
print "about to die\n";
die;
