//go:build unix

package testutil

import (
	"syscall"
	"time"
)

// CPUTime returns the CPU time this process has used so far. Benchmarks
// report tokens per CPU second as well as per wall second because the
// machines they run on are shared: wall time then measures the neighbours.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
