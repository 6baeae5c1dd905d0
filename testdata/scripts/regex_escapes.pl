# Escapes in patterns: \t \n \x41 \x{263} \101 \o{101} \cA \e \0 \N{U+41}.
print "tab\n" if "a\tb" =~ /a\tb/;
print "nl\n" if "a\nb" =~ /a\nb/;
print "hex\n" if "A" =~ /\x41/;
print "hex braces\n" if "B" =~ /\x{42}/;
print "octal\n" if "A" =~ /\101/;
print "o braces\n" if "A" =~ /\o{101}/;
print "ctrl\n" if "\x01" =~ /\cA/;
print "esc\n" if "\e" =~ /\e/;
print "nul\n" if "a\0b" =~ /a\0b/;
print "N U+\n" if "A" =~ /\N{U+41}/;
print "cr lf\n" if "\r\n" =~ /^\r\n$/;
print "form feed\n" if "\f" =~ /\f/;
print "bell\n" if "\a" =~ /\a/;
print "dollar\n" if 'a$b' =~ /a\$b/;
print "at\n" if 'a@b' =~ /a\@b/;
print "slash\n" if "a/b" =~ /a\/b/;
