package ner

import (
	"chronicle/internal/model/cluster"
	"chronicle/internal/model/hashkey"
)

// Word clusters are derived from the training text alone with the exchange
// algorithm (package cluster). Words that behave alike ("Monday"/"Tuesday",
// "Germany"/"France") end up together, which lets the tagger generalise
// from a frequent word to a rarer one of its class. Clusters are stored
// keyed by the hash of the lowercased word, so no word list reaches the
// model file.

// Clustering parameters; they are part of the model's recipe.
const (
	numClusters   = 256 // movable classes; ids 1..numClusters, 0 is "no cluster"
	clusterIters  = 8
	clusterMinFrq = 3
)

// deriveClusters returns cluster ids (1..numClusters) for the words of
// sents seen at least clusterMinFrq times, keyed by
// hashkey.String(lowerNorm(w)). The result is deterministic.
func deriveClusters(sents [][]string) map[uint64]uint16 {
	hashed := make([][]uint64, len(sents))
	for i, s := range sents {
		hs := make([]uint64, len(s))
		for j, w := range s {
			hs[j] = hashkey.String(lowerNorm(w))
		}
		hashed[i] = hs
	}
	return cluster.Exchange(hashed, numClusters, clusterMinFrq, clusterIters)
}
