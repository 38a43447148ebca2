package store

// readPoolSize is the number of read connections Open keeps for procs
// processors (GOMAXPROCS): eight per processor, from 8 to 64. SQLite here is pure Go, so a query is
// CPU-bound work that the Go scheduler time-slices; with only one
// connection per processor, a cheap page (an actor's profile, a cached
// miss) queues behind whatever long query holds the connections, and a
// hundred concurrent clients see the long query's latency on every
// request. Several connections per processor let short queries overtake long
// ones (a page that runs three short queries waits for a connection
// three times), at the cost of SQLite's page cache per connection (2 MB each by
// default) and of file descriptors.
func readPoolSize(procs int) int {
	return min(64, max(8, 8*procs))
}
