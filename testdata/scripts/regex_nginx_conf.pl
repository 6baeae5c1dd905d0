# An nginx-like configuration: directives, blocks, comments, quoted values.
my $conf = <<'END';
worker_processes 4;   # cpus
events { worker_connections 1024; }
http {
    server {
        listen 8080;
        server_name example.test www.example.test;
        location / { root "/var/www/html"; index index.html; }
    }
}
END
$conf =~ s/#[^\n]*//g;
my @path;
while ($conf =~ /\G\s*(?:([\w.]+)((?:\s+(?:"[^"]*"|[^\s;{}]+))*)\s*([;{])|(\}))/gc) {
    if (defined $4) { pop @path; next }
    my ($name, $args, $end) = ($1, $2, $3);
    my @a = map { s/^"|"$//gr } $args =~ /("[^"]*"|[^\s;{}]+)/g;
    print join("/", @path, $name), ": @a\n";
    push @path, $name if $end eq "{";
}
print "left: [", substr($conf, pos($conf) // 0) =~ s/\s+//gr, "]\n";
