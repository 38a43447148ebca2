// Package examples embeds the example articles of this folder, so that
// the binary can analyse or benchmark them from any working directory
// (chronicle bench's default corpus). Read them with ingest.ReadFS.
package examples

import (
	"embed"
	"io/fs"
)

//go:embed *.txt *.html *.jsonl
var files embed.FS

// FS returns the example articles as a read-only file system whose root
// holds the files (no README).
func FS() fs.FS { return files }
