package quote

import (
	"bytes"
	"sync"

	"chronicle/internal/quote/model"
)

var (
	defaultOnce sync.Once
	defaultCM   *CueModel
	defaultErr  error
)

// DefaultCueModel returns the embedded cue model, loaded on first use and
// shared read-only by every stage.
func DefaultCueModel() (*CueModel, error) {
	defaultOnce.Do(func() { defaultCM, defaultErr = LoadCueModel(bytes.NewReader(model.Cue)) })
	return defaultCM, defaultErr
}
