module github.com/pmrun/pmrun

go 1.26
