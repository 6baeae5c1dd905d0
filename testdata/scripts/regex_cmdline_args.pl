# Command-line style options: --key=value, --flag, -abc bundles, --no-x.
my @argv = ("--verbose", "--name=Alice", "-xvf", "--no-color", "--level", "3", "file1", "--", "-notopt");
my (%opt, @rest);
while (defined(my $a = shift @argv)) {
    if ($a eq "--") { push @rest, @argv; last }
    if ($a =~ /^--no-(\w[\w-]*)$/)        { $opt{$1} = 0 }
    elsif ($a =~ /^--(\w[\w-]*)=(.*)$/)   { $opt{$1} = $2 }
    elsif ($a =~ /^--(\w[\w-]*)$/)        { $opt{$1} = (@argv && $argv[0] !~ /^-/) ? shift @argv : 1 }
    elsif ($a =~ /^-(\w+)$/)              { $opt{$_} = 1 for split //, $1 }
    else                                  { push @rest, $a }
}
print "$_=$opt{$_}\n" for sort keys %opt;
print "rest: @rest\n";
