package parse

import (
	_ "embed"
	"sync"
)

// shipped is the English model trained on UD English EWT and GUM (see
// TestTrainShipped for the command).
//
//go:embed model/en.parse.zst
var shipped []byte

// loadDefault decodes the shipped model once; every caller shares it.
var loadDefault = sync.OnceValues(func() (*Model, error) {
	return loadBytes(shipped)
})

// Default returns the shipped English model, loading it on first use. The
// model is read-only and shared by all callers and goroutines.
func Default() (*Model, error) { return loadDefault() }
