package ingest

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Progress draws one status line for a running ingest on a terminal: a
// bar when the total is known (bytes of the file sources), the counts,
// the rate and the time left. It redraws at most every Interval, from
// any goroutine. It writes nothing on its own; the caller calls Update
// after each article and Done at the end.
type Progress struct {
	w        io.Writer
	total    int64 // bytes; 0 when unknown
	start    time.Time
	interval time.Duration
	now      func() time.Time

	mu    sync.Mutex
	last  time.Time
	width int // of the last line, to blank it
}

// Counts is what Progress shows.
type Counts struct {
	Read, Stored, Known, Failed int64
	Bytes                       int64 // of the sources consumed so far
}

// NewProgress returns a Progress writing to w; total is the size of the
// sources in bytes, 0 when unknown (no bar, no time left).
func NewProgress(w io.Writer, total int64) *Progress {
	return &Progress{w: w, total: total, start: time.Now(), interval: 200 * time.Millisecond, now: time.Now}
}

// Update redraws the line if Interval has passed since the last time.
func (p *Progress) Update(c Counts) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if now := p.now(); now.Sub(p.last) >= p.interval {
		p.last = now
		p.draw(c)
	}
}

// Done draws the final counts and ends the line.
func (p *Progress) Done(c Counts) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw(c)
	fmt.Fprintln(p.w)
}

// Line renders the status line for c at elapsed time el.
func (p *Progress) Line(c Counts, el time.Duration) string {
	var b strings.Builder
	done := c.Read + c.Failed
	rate := float64(done) / max(el.Seconds(), 1e-3)
	if p.total > 0 {
		frac := min(float64(c.Bytes)/float64(p.total), 1)
		const width = 24
		n := int(frac * width)
		fmt.Fprintf(&b, "[%s%s] %3.0f%% ", strings.Repeat("=", n), strings.Repeat(" ", width-n), 100*frac)
	}
	fmt.Fprintf(&b, "%d read, %d stored, %d already stored, %d failed | %.1f articles/s", c.Read, c.Stored, c.Known, c.Failed, rate)
	if p.total > 0 && c.Bytes > 0 && c.Bytes < p.total {
		left := time.Duration(float64(el) * float64(p.total-c.Bytes) / float64(c.Bytes))
		fmt.Fprintf(&b, " | ETA %s", left.Round(time.Second))
	}
	return b.String()
}

func (p *Progress) draw(c Counts) {
	line := p.Line(c, p.now().Sub(p.start))
	pad := max(p.width-len(line), 0)
	fmt.Fprintf(p.w, "\r%s%s", line, strings.Repeat(" ", pad))
	p.width = len(line)
}
