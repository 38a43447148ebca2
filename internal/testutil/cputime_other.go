//go:build !unix

package testutil

import "time"

// CPUTime is unknown here and returns 0; benchmarks then report wall time
// only.
func CPUTime() time.Duration { return 0 }
