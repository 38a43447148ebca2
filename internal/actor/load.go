package actor

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"sync"
)

//go:embed kb/*.txt
var kbFiles embed.FS

// embedded builds the embedded KB once; the result is immutable and shared.
var embedded = sync.OnceValues(func() (*KB, error) {
	files := map[string][]byte{}
	entries, err := fs.ReadDir(kbFiles, "kb")
	if err != nil {
		return nil, fmt.Errorf("actor: read embedded KB: %w", err)
	}
	for _, e := range entries {
		b, err := kbFiles.ReadFile(path.Join("kb", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("actor: read embedded KB: %w", err)
		}
		files[e.Name()] = b
	}
	s, err := readLines(files)
	if err != nil {
		return nil, err
	}
	return build(s), nil
})

// Default returns the embedded KB. It is built on first use and shared;
// it is read-only. An error means the embedded files are broken, which
// the package's tests rule out.
func Default() (*KB, error) { return embedded() }

// MustDefault is Default for callers that cannot handle the error; it
// panics only if the embedded files are broken.
func MustDefault() *KB {
	kb, err := Default()
	if err != nil {
		panic(err)
	}
	return kb
}

// LoadKB reads a user KB from r and merges it over the embedded one (see
// Extend). format is "json" (the only one supported: YAML would need a
// new dependency) or "" to mean JSON.
func LoadKB(r io.Reader, format string) (*KB, error) {
	kb, err := Default()
	if err != nil {
		return nil, err
	}
	return kb.Extend(r, format)
}

// Extend returns a new KB with the user KB read from r laid over kb; kb is
// unchanged. Countries and organisations with the same code or key gain
// the file's names and aliases (its first country name becomes the
// canonical one); roles, sector words and people with the same phrase,
// word or name are replaced; everything else is added. The file's people
// win over the embedded list in Leader. Schema: the JSON object of
// testdata/kb_example.json, with the keys valid_as_of, countries, regions,
// organisations, roles, sectors and people; unknown keys are errors.
func (kb *KB) Extend(r io.Reader, format string) (*KB, error) {
	switch strings.ToLower(format) {
	case "", "json":
	default:
		return nil, fmt.Errorf("%w: %q (use JSON)", ErrFormat, format)
	}
	over, err := readJSON(r)
	if err != nil {
		return nil, err
	}
	return build(merge(kb.src, over)), nil
}

// FormatOf returns the KB format a file name implies ("json" for .json,
// else the extension without its dot), for the CLI's --kb flag.
func FormatOf(name string) string {
	return strings.TrimPrefix(strings.ToLower(path.Ext(name)), ".")
}
