# Simple e-mail address checks and extraction from text.
my $re = qr/^([\w.+-]+)@((?:[a-z0-9-]+\.)+[a-z]{2,})$/i;
for (qw(alice@example.test bob.smith+tag@mail.example.test bad@ @nouser.test x@y carol@EXAMPLE.TEST)) {
    if (/$re/) { print "$_: user=$1 domain=", lc $2, "\n" } else { print "$_: invalid\n" }
}
my $text = 'Contact <a@b.test>, c.d@e.test; or "x" <y@z.test>.';
my @all = $text =~ /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;
print join(", ", @all), "\n";
(my $masked = $text) =~ s/(\w)[\w.+-]*@/$1***@/g;
print "$masked\n";
