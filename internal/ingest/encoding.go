package ingest

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
)

// decodeUTF16 turns text that starts with a UTF-16 byte-order mark into
// UTF-8 (Windows tools still save text that way). ok is false when data
// has no such mark. An odd trailing byte is dropped.
func decodeUTF16(data []byte) (out []byte, ok bool) {
	var big bool
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		big = true
	default:
		return nil, false
	}
	data = data[2:]
	units := make([]uint16, len(data)/2)
	for i := range units {
		if big {
			units[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			units[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	// utf16.Decode turns unpaired surrogates into U+FFFD, as repairUTF8
	// does for bad UTF-8.
	return []byte(string(utf16.Decode(units))), true
}

// metaCharset finds a charset an HTML page declares in its first bytes
// (<meta charset=...> or the http-equiv form).
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// decodeDeclared converts an HTML page that is not valid UTF-8 from the
// legacy charset it declares (windows-1252, ISO-8859-x, Shift_JIS, ...).
// It returns the name of the charset used, or "" when it left data as it
// was: valid UTF-8 (a page that declares Latin-1 but is UTF-8 is common),
// no declaration, or one it does not know.
func decodeDeclared(data []byte) ([]byte, string) {
	if utf8.Valid(data) {
		return data, ""
	}
	m := metaCharset.FindSubmatch(data[:min(len(data), 2048)])
	if m == nil {
		return data, ""
	}
	name := strings.ToLower(string(m[1]))
	enc, err := htmlindex.Get(name)
	if err != nil {
		return data, ""
	}
	if canon, _ := htmlindex.Name(enc); canon == "utf-8" {
		return data, ""
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data, ""
	}
	return out, name
}
