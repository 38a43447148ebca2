//go:build !unix

package ner_test

import "time"

// cpuTime is unknown here; benchmarks then report wall time only.
func cpuTime() time.Duration { return 0 }
