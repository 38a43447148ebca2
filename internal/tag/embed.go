package tag

import (
	_ "embed"
	"fmt"
	"sync"
)

// shipped is the model trained on UD English EWT and GUM train, with word
// clusters also learnt from the CoNLL-2003 and PolNeAR training text (see
// TestTrainShipped for the exact recipe).
//
//go:embed model/pos.bin.zst
var shipped []byte

// loadShipped decodes the embedded model on first use. The result is
// immutable, so sharing it is safe; this is a cache, not mutable state.
var loadShipped = sync.OnceValues(func() (*Model, error) {
	m, err := loadBytes(shipped)
	if err != nil {
		return nil, fmt.Errorf("tag: embedded model: %w", err)
	}
	return m, nil
})

// Default returns the shipped model, loading it on the first call. All
// callers share the one read-only Model.
func Default() (*Model, error) { return loadShipped() }
