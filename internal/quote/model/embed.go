// Package model embeds the quote stage's shipped cue model, trained by
// quote.TrainCueModel on PolNeAR's train split (see quote's
// TestTrainShipped, which rebuilds these bytes).
package model

import _ "embed"

// Cue is the gzip-compressed cue model (quote.LoadCueModel reads it).
//
//go:embed cue.bin.gz
var Cue []byte
