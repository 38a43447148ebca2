package ner

// Feature keys are built without strings: each word part (the word, its
// affixes, its shape) is hashed once with FNV-1a and a feature is the mix of
// a template number with such hashes, folded to 32 bits. Colliding features
// share a weight (the hashing trick); at our sizes that is rare and
// harmless, and it keeps corpus words out of the shipped model.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines two 64-bit values into a well-spread hash (splitmix64's
// finaliser over a boost-style combine).
func mix(a, b uint64) uint64 {
	h := a ^ (b + 0x9e3779b97f4a7c15 + (a << 6) + (a >> 2))
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// key folds a feature hash to the 32-bit key stored in the model. Zero
// marks an empty slot in the weight table, so it is never a key.
func key(h uint64) uint32 {
	k := uint32(h) ^ uint32(h>>32)
	if k == 0 {
		k = 1
	}
	return k
}
