// Package parse is chronicle's dependency parser: a greedy arc-hybrid
// transition parser (Kuhlmann et al. 2011) over UD relations, trained with
// the dynamic oracle of Goldberg & Nivre (2013) and an averaged perceptron
// over hashed feature templates in the style of Zhang & Nivre (2011).
//
// As a pipeline stage it reads the tokens, sentences and POS layers and
// writes the deps layer: Token.Head (a document-level token index, -1 for
// the root of a sentence) and Token.Dep (the UD relation). Model.Parse is
// the same parser over one sentence of words and tags, for gold-token
// evaluation.
//
// The shipped model is embedded (model/en.parse.zst) and loaded once by
// Default; a Model is read-only and safe for concurrent use. It learnt
// from the tags a tagger predicts rather than gold ones (a five-fold
// jackknife over the training files, ShippedOptions), with word suffix,
// shape and cluster features that do not depend on the tagger: on EWT
// dev that is worth about 0.7 UAS and LAS with predicted tags, at a cost
// of 0.6 with gold ones, which chronicle never sees.
package parse
