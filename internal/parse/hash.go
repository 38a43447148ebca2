package parse

// Features are 64-bit keys built without strings: every word is hashed once
// per sentence with FNV-1a over its normalised bytes (hashkey.Bytes), and a
// feature key is hashkey.Step applied word-wise to its template number and
// atoms. The table in weights.go spreads keys with a multiplicative
// finaliser, since the low bits of an FNV product are weak.

import "chronicle/internal/model/hashkey"

// tmpl starts the key of template t.
func tmpl(t int) uint64 { return hashkey.Step(hashkey.Offset, uint64(t)+0x51ed27) }
