package doc

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// HashID returns the stable id of an article that has none of its own: the
// first 16 bytes of the SHA-256 of its text, in hex. The same text always
// gets the same id, which is what makes ingest idempotent.
func HashID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}
