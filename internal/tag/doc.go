// Package tag assigns part-of-speech tags and lemmas to tokens. It reads the
// tokens and sentences layers of a doc.Document and writes the pos layer:
// Token.POS (UPOS), Token.Tag (Penn Treebank XPOS) and Token.Lemma.
//
// The tagger is a greedy left-to-right averaged perceptron over one joint
// label "XPOS|UPOS", so one decision yields both tag sets and they always
// agree. Features are hashed (FNV-1a per word, then mixed per template) to
// 32-bit keys, so the hot path builds no strings and allocates nothing per
// token. Frequent words that are practically unambiguous in the training
// data skip the perceptron through a tag dictionary. The lemmatiser is a
// table of the exceptions seen in training plus suffix-rewrite rules learnt
// from the same data, keyed by XPOS.
//
// The shipped model (model/pos.bin.gz) is embedded in the binary and loaded
// once by Default; a Model is read-only after loading and safe for
// concurrent use.
package tag
