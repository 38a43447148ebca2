package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync/atomic"
	"time"
)

// SQLite's automatic WAL checkpoint ran inside the commit of every few
// dozen saves, on the one write connection: copying the WAL back into the
// database file and its fsyncs were about a third of SaveArticle's time,
// and the saves waited for it. The write connection turns it off
// (wal_autocheckpoint=0) and a checkpointer goroutine does the work
// instead, on a connection of its own, while the writer goes on:
//
//   - every checkpointEvery, if something was committed since the last
//     round, a PASSIVE checkpoint copies what it can without taking any
//     lock a writer or reader waits for;
//   - PASSIVE alone never makes the WAL start over while a writer keeps
//     appending (SQLite restarts the WAL only when a write begins with all
//     of it copied), so when the WAL holds more than walRestartFrames
//     pages, a RESTART checkpoint runs on the write connection, queued
//     between two saves. Most pages are copied already, so it is short,
//     and it bounds the WAL at a few tens of megabytes;
//   - Close runs a TRUNCATE checkpoint, which leaves an empty WAL file.
//
// A crash loses nothing: the WAL is the durable copy until it is
// checkpointed, whoever checkpoints it.
const (
	checkpointEvery  = 500 * time.Millisecond
	walRestartFrames = 8192 // pages; 32 MB with the default 4 KB page
)

// checkpointer runs PASSIVE checkpoints in the background; see above.
type checkpointer struct {
	db    *sql.DB // its own connection to the file
	write *sql.DB // the write connection, for RESTART
	dirty atomic.Bool
	stop  chan struct{}
	done  chan struct{}
}

// startCheckpointer opens a connection to path and starts the goroutine.
func startCheckpointer(ctx context.Context, path string, write *sql.DB) (*checkpointer, error) {
	dsn := fmt.Sprintf("%s?_busy_timeout=%d", path, busyTimeout.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, err
	}
	c := &checkpointer{db: db, write: write, stop: make(chan struct{}), done: make(chan struct{})}
	go c.run()
	return c, nil
}

// committed tells the checkpointer that the WAL has grown.
func (c *checkpointer) committed() {
	if c != nil {
		c.dirty.Store(true)
	}
}

func (c *checkpointer) run() {
	defer close(c.done)
	t := time.NewTicker(checkpointEvery)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
		}
		if !c.dirty.Swap(false) {
			continue
		}
		// Errors are not fatal: the WAL only stays longer, and the next
		// round or Close tries again.
		var busy, frames, copied int64
		if err := c.db.QueryRow("PRAGMA wal_checkpoint(PASSIVE)").Scan(&busy, &frames, &copied); err != nil {
			continue
		}
		if frames > walRestartFrames {
			_, _ = c.write.Exec("PRAGMA wal_checkpoint(RESTART)")
		}
	}
}

// close stops the goroutine and closes its connection; the caller
// truncates the WAL on the write connection afterwards.
func (c *checkpointer) close() error {
	if c == nil {
		return nil
	}
	close(c.stop)
	<-c.done
	return c.db.Close()
}
