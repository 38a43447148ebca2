package parse

// Features are 64-bit keys built without strings: every word is hashed once
// per sentence with FNV-1a over its normalised bytes, and a feature key is
// the FNV-1a step applied word-wise to its template number and atoms. The
// table in weights.go spreads keys with a multiplicative finaliser, since
// the low bits of an FNV product are weak.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvString returns the 64-bit FNV-1a hash of s.
func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// fnvBytes returns the 64-bit FNV-1a hash of b.
func fnvBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// step folds one 64-bit atom into a running key. For a fixed h it is a
// bijection of a (xor, then multiplication by an odd number), so two
// features of one template differ whenever an atom differs.
func step(h, a uint64) uint64 { return (h ^ a) * fnvPrime }

// tmpl starts the key of template t.
func tmpl(t int) uint64 { return step(fnvOffset, uint64(t)+0x51ed27) }
