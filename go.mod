module github.com/miniperl/miniperl

go 1.26.8

require (
	github.com/alecthomas/participle/v2 v2.1.4
	github.com/dlclark/regexp2 v1.12.0
	github.com/google/go-cmp v0.7.0
	golang.org/x/sys v0.50.0
)
