package ingest

import (
	"encoding/json"

	"chronicle/internal/doc"
)

// lorem is a paragraph long enough for the extractor to keep it.
const lorem = "The foreign ministers of Portugal and Brazil met in Lisbon on Monday and agreed to resume talks on a trade agreement that stalled last year, officials said."

func hashOf(s string) string { return doc.HashID(s) }

func jsonString(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
