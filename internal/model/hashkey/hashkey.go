// Package hashkey builds the feature keys of the statistical models (tag,
// ner, parse) without strings: every word part is hashed once with 64-bit
// FNV-1a, and a feature is the combination of a template number with such
// hashes. The functions are shared so that the three models hash alike;
// changing any of them changes every key and so invalidates the shipped
// model files, which store only keys, never words.
package hashkey

// FNV-1a parameters, exported for callers that hash incrementally (a word
// shape, a token sequence) without building the bytes first.
const (
	Offset = 14695981039346656037
	Prime  = 1099511628211
)

// Bytes returns the 64-bit FNV-1a hash of b.
func Bytes(b []byte) uint64 {
	h := uint64(Offset)
	for _, c := range b {
		h ^= uint64(c)
		h *= Prime
	}
	return h
}

// String returns the 64-bit FNV-1a hash of s; it equals Bytes([]byte(s))
// without the conversion.
func String(s string) uint64 {
	h := uint64(Offset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= Prime
	}
	return h
}

// Mix combines two 64-bit values into a well-spread 64-bit hash (the
// splitmix64 finaliser over a boost-style combine), for keys whose low bits
// index a table.
func Mix(a, b uint64) uint64 {
	h := a ^ (b + 0x9e3779b97f4a7c15 + (a << 6) + (a >> 2))
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// Step folds one 64-bit atom into a running FNV-style key. For a fixed h it
// is a bijection of a (xor, then multiplication by an odd number), so two
// keys built the same way differ whenever one atom differs.
func Step(h, a uint64) uint64 { return (h ^ a) * Prime }

// Key folds a feature hash to the 32-bit key stored in a model. Zero marks
// an empty slot in the weight tables, so it is never a key: features that
// fold to zero share key 1 (the hashing trick makes such sharing harmless).
func Key(h uint64) uint32 {
	k := uint32(h) ^ uint32(h>>32)
	if k == 0 {
		k = 1
	}
	return k
}
