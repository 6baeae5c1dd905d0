# $+ is the highest-numbered group that matched; $^N the most recently closed.
if ("ab" =~ /(a)(b)?/) { print "plus: $+\n" }
if ("a" =~ /(a)(b)?/) { print "plus undef group: ", (defined $+ ? $+ : "undef"), "\n" }
if ("version 2" =~ /(?:version (\d)|release (\d))/) { print "alt plus: $+\n" }
if ("release 7" =~ /(?:version (\d)|release (\d))/) { print "alt plus: $+\n" }
if ("abc" =~ /((a)(b))c/) { print "N: $^N plus: $+\n" }
if ("abc" =~ /(a(b)c)/) { print "N outer: $^N plus: $+\n" }
if ("xy" =~ /(x)(y)/) { print "N last: $^N\n" }
