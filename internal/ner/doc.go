// Package ner finds named entities (PER, ORG, LOC, MISC) in tokenized text.
//
// The model is an averaged structured perceptron over BILOU labels with
// first-order Viterbi decoding. Its features are hashed (no word list from
// the training corpus is stored): the lowercased word and its neighbours,
// shape, affixes, capitalisation, membership in gazetteers written for the
// project from public facts (gazetteer/*.txt), word clusters derived from
// the training text by the exchange algorithm (stored by word hash), and
// article context — the entity type the model gave the same word earlier
// in the article, and whether the word is seen in lower case, mid-sentence,
// after a first name or a title, or before an organisation word elsewhere
// in it. POS tags are not used, so raw text needs only our tokenizer.
//
// As a pipeline stage (NewStage) it reads the tokens and sentences layers
// and writes the entities layer. Train and Save build a model from
// CoNLL-2003 files; Default returns the model embedded in the binary.
package ner
