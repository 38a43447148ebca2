package ner

import (
	_ "embed"
	"fmt"
	"sync"
)

// shipped is the model trained on CoNLL-2003 (see TestTrainShipped). It
// holds hashed feature weights only, no text of the corpus.
//
//go:embed model/ner.bin.zst
var shipped []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := loadBytes(shipped)
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model: %w", err)
	}
	return m, nil
})

// Default returns the embedded model. It is decoded on the first call
// (some tens of milliseconds) and shared read-only afterwards.
func Default() (*Model, error) { return loadDefault() }
