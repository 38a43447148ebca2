//go:build unix

package parse

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used. On a shared machine
// the wall clock overstates the cost of a run, so the benchmarks report
// tokens per CPU second as well.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
