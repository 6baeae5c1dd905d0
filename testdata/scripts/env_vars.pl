# %ENV: set, read, test and remove a variable of our own (other contents vary).
$ENV{MINIPERL_TEST_VAR} = "set by script";
print "value: $ENV{MINIPERL_TEST_VAR}\n";
print "exists: ", (exists $ENV{MINIPERL_TEST_VAR} ? "yes" : "no"), "\n";
print "missing: ", (exists $ENV{MINIPERL_NO_SUCH_VARIABLE_XYZ} ? "yes" : "no"), "\n";
print "undef: ", (defined $ENV{MINIPERL_NO_SUCH_VARIABLE_XYZ} ? "defined" : "undef"), "\n";
delete $ENV{MINIPERL_TEST_VAR};
print "after delete: ", (exists $ENV{MINIPERL_TEST_VAR} ? "yes" : "no"), "\n";
