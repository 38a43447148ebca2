// Package ingest turns inputs into doc.Documents: plain text, HTML pages,
// JSON article objects and JSON Lines, read from files, folders or stdin.
// It is the only place where article text is cleaned; every Document it
// yields has Text set once and for all, its metadata (ID, URL, Title,
// Source, Author, Published, Origin) filled as far as the input tells, and
// no annotation layers. Problems it can repair (invalid UTF-8, a date that
// does not parse) become doc.Diagnostics with Stage "ingest"; problems that
// leave no usable article (binary, empty, too large, bad JSON, unreadable)
// become an Item with Err set, and reading goes on with the next input.
//
// The entry point for a command line is Read; ReadBytes and ReadFile serve
// tests and callers that already hold one input.
package ingest

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"chronicle/internal/doc"
)

// Stage is the name ingest gives its diagnostics.
const Stage = "ingest"

// DefaultMaxBytes is the size cap used when Options.MaxBytes is zero.
const DefaultMaxBytes = 5 << 20

// Options configures reading. The zero value is ready to use.
type Options struct {
	// MaxBytes caps the size of one input in bytes: a file, stdin, or one
	// line of a JSON Lines file (whose total size is not capped, since it
	// is read line by line). Zero means DefaultMaxBytes; negative means no
	// cap.
	MaxBytes int64

	// Published is the publication time used when the input carries none
	// (always for .txt); zero leaves it unknown. PublishedHasTime tells
	// whether it includes a time of day (see doc.Document).
	Published        time.Time
	PublishedHasTime bool
}

func (o Options) maxBytes() int64 {
	switch {
	case o.MaxBytes == 0:
		return DefaultMaxBytes
	case o.MaxBytes < 0:
		return 1<<63 - 1
	}
	return o.MaxBytes
}

// Item is one result of reading: an article (Doc set, Err nil) or an input
// that yielded none (Doc nil, Err a *ReadError).
type Item struct {
	Doc *doc.Document
	// Origin names the input: the path, "path:line" for a JSON Lines
	// record (lines count from 1), or "-" (and "-:line") for stdin.
	Origin string
	Err    error
}

// Read reads every source in order and calls emit once per article and
// once per input that failed, in a deterministic order: sources as given;
// a folder's files in lexical order of their paths, recursively, skipping
// names that start with "." and documentation or code files (.md, .go,
// .py, .yml, ...); the records of a JSON Lines input in line
// order. A source "-" reads stdin. Format comes from the extension
// (.txt .html .htm .json .jsonl) or, for any other file and stdin, from
// the content (JSON object, JSON Lines, HTML, else text; binary refused).
//
// Read streams: it holds at most one input (or one JSON Lines record) in
// memory at a time. A failed input does not stop it; Read returns only
// ctx.Err() when the context is cancelled (checked between inputs and
// records) or the first error emit returns, which also stops it.
func Read(ctx context.Context, sources []string, stdin io.Reader, opt Options, emit func(Item) error) error {
	for _, src := range sources {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if src == "-" {
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			err = readStream(ctx, "-", stdin, FormatAuto, opt, emit)
		} else {
			err = readPath(ctx, src, opt, emit)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// ReadFile reads one file or folder as Read does.
func ReadFile(ctx context.Context, path string, opt Options, emit func(Item) error) error {
	return Read(ctx, []string{path}, nil, opt, emit)
}

// readPath reads a file or a folder given on the command line.
func readPath(ctx context.Context, path string, opt Options, emit func(Item) error) error {
	info, err := os.Stat(path)
	if err != nil {
		return emit(failed(path, err))
	}
	if info.IsDir() {
		return walkDir(ctx, path, opt, emit)
	}
	return readRegular(ctx, path, info, opt, emit)
}

// readRegular reads one file whose Stat is known. Its extension picks the
// format; other extensions are sniffed.
func readRegular(ctx context.Context, path string, info fs.FileInfo, opt Options, emit func(Item) error) error {
	return readOpened(ctx, path, info, func() (io.ReadCloser, error) { return os.Open(path) }, opt, emit)
}

// readOpened reads one file, from the OS or an fs.FS, named origin.
func readOpened(ctx context.Context, origin string, info fs.FileInfo, open func() (io.ReadCloser, error), opt Options, emit func(Item) error) error {
	if !info.Mode().IsRegular() {
		return emit(failed(origin, fmt.Errorf("%w: not a regular file (%s)", ErrUnreadable, info.Mode().Type())))
	}
	format := FormatFromExt(filepath.Ext(info.Name()))
	// A JSON Lines file may be any size: only its lines are capped.
	if format != FormatJSONL && info.Size() > opt.maxBytes() {
		return emit(failed(origin, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, info.Size(), opt.maxBytes())))
	}
	f, err := open()
	if err != nil {
		return emit(failed(origin, err))
	}
	defer f.Close()
	return readStream(ctx, origin, f, format, opt, emit)
}

// failed makes the Item for an input that yielded no article.
func failed(origin string, err error) Item {
	return Item{Origin: origin, Err: &ReadError{Origin: origin, Err: err}}
}

func statFollow(path string) (os.FileInfo, error) { return os.Stat(path) }
