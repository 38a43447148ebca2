package ingest

import "errors"

// Sentinel errors. Every failed Item carries a *ReadError wrapping one of
// these (or an os error for a path that cannot be read), so that callers
// can branch with errors.Is.
var (
	// ErrBinary: the input is not text (NUL bytes, many control bytes, or
	// the magic number of a known binary format such as PNG, PDF, ZIP or
	// gzip).
	ErrBinary = errors.New("ingest: binary input")
	// ErrEmpty: the input is empty or only whitespace.
	ErrEmpty = errors.New("ingest: empty input")
	// ErrNoText: an HTML page (or a JSON "html" field) from which no main
	// text could be extracted.
	ErrNoText = errors.New("ingest: no text extracted")
	// ErrTooLarge: the input (or one JSON Lines record) is larger than
	// Options.MaxBytes; it was not read whole.
	ErrTooLarge = errors.New("ingest: input too large")
	// ErrBadJSON: JSON that does not parse, is not an object, or has
	// neither a "text" nor an "html" string field.
	ErrBadJSON = errors.New("ingest: bad JSON article")
	// ErrUnreadable: a path that is neither a regular file nor a folder.
	ErrUnreadable = errors.New("ingest: unreadable input")
)

// ReadError reports an input that yielded no article. Its message names
// the input first, as fs.PathError does.
type ReadError struct {
	Origin string // path, "path:line", or "-"
	Err    error
}

func (e *ReadError) Error() string { return e.Origin + ": " + e.Err.Error() }

// Unwrap returns the underlying error, so errors.Is finds the sentinel.
func (e *ReadError) Unwrap() error { return e.Err }
