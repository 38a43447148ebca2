package tag

import "chronicle/internal/model/cluster"

// Word clusters are derived with the exchange algorithm (package cluster),
// as the NER model does, from the words of the treebanks and of any
// unlabelled text given to Train (see clustertext.go). Words that behave
// alike ("Monday"/"Tuesday", "quickly"/"slowly") share a class, which lets
// the tagger generalise from a frequent word to a rarer one. Clusters are
// keyed by the FNV-1a hash of the lower-cased normalised word, so no word
// list reaches the model file.

// Clustering parameters; they are part of the model's recipe.
const (
	numClusters   = 512 // movable classes; ids 1..numClusters, 0 is "no cluster"
	numCoarse     = 48  // classes of the coarse clustering
	clusterIters  = 8
	clusterMinFrq = 2
)

// deriveClusters returns cluster ids (1..k) for the words seen at least
// clusterMinFrq times in sents, where each sentence is given as the hashes
// of its lower-cased normalised words. The result is deterministic.
func deriveClusters(sents [][]uint64, k int) map[uint64]uint16 {
	return cluster.Exchange(sents, k, clusterMinFrq, clusterIters)
}
