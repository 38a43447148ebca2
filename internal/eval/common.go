// Package eval scores chronicle's stages on published gold data, one file
// per task (sentences.go, ...). Each scorer prints a readable report and
// ends it with one machine-readable line of key=value pairs (SPEC.md §4).
package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// PRF holds counts for precision, recall and F1 over exact matches.
type PRF struct {
	Gold, Pred, Correct int
}

// Precision returns Correct/Pred, or 0 when nothing was predicted.
func (c PRF) Precision() float64 { return ratio(c.Correct, c.Pred) }

// Recall returns Correct/Gold, or 0 when there is no gold.
func (c PRF) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (c PRF) F1() float64 { return ratio(2*c.Correct, c.Gold+c.Pred) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// writeKV writes the final machine-readable line: task first, then the
// figures in sorted key order, floats with four decimals, counts as
// integers.
func writeKV(w io.Writer, task string, m map[string]float64) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("task=" + task)
	for _, k := range keys {
		v := m[k]
		if strings.HasPrefix(k, "n_") || k == "n" {
			fmt.Fprintf(&b, " %s=%d", k, int(v))
		} else {
			fmt.Fprintf(&b, " %s=%.4f", k, v)
		}
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}
