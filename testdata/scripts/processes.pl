# system, exec-less processes, backticks and qx//, $? and $!.
my $out = `echo hello`; print "got: $out";
my @lines = `printf 'a\nb\n'`; print scalar(@lines), " lines\n";
my $rc = system("true"); print "true: $rc $?\n";
$rc = system("sh", "-c", "exit 3"); print "exit3: $rc ", $? >> 8, "\n";
print "before system\n";
system("echo from child");
$rc = system("/nonexistent/prog"); print "missing: $rc ", ($! ? "errno set" : "no errno"), "\n";
my $x = qx{echo qx works}; print $x;
