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

// Speed (session 9). A move scores some 90 feature keys against a table of
// half a million keys (8 MB of slots, 3.5 MB of sparse rows, 0.8 MB of
// dense ones), which misses the cache: see weights and score for the passes
// that keep the misses in flight. What was measured, with cachegrind
// (instruction counts, deterministic; the machine was too loaded for wall
// times to settle anything small) and paired alternating runs of the
// session-start build:
//
//   - Kept: memo groups (memo.go). 22 templates that take few values (the
//     tags, labels and valencies of s0, s1, b0 and their children) are
//     summed in 7 groups whose packed sums each scratch keeps by the
//     groups' keys, so that a move adds 7 sums instead of looking up 22
//     keys and adding some 19 dense rows. Parse functions a warm pass of
//     BenchmarkParseDev 770.5M -> 693.5M instructions (1024 entries a
//     group). A simulated 2 MB L2 (cachegrind --LL) over analyze of
//     PolNeAR dev: the parser's L1 read misses 42.5M -> 35.3M, its L2
//     read misses 9.7M -> 10.7M (memo entries are 35 words, and the rows
//     they replace were few and hot).
//   - Kept: sparse rows in five lists by length (1, 2, 3-4, 5-8, 9-15),
//     added in blocks of their list's size instead of 8 or 16 for every
//     row: 693.5M -> 652M.
//   - Kept: memo.fill sums dense rows with addRows: 652M -> 647M; then
//     512 entries a group instead of 1024 (1.2 MB a scratch, not 2.3) for
//     the ingest's peak RSS, 647M -> 657M.
//   - Dropped: a list for every sparse length (1 to 15), each added with
//     no mask: the loop over fifteen lists twice a move cost what the
//     masks did (no gain).
//   - Dropped: argmax as the highest score with max (a conditional move)
//     and then the first class with it: 35.5M -> 49.2M instructions a
//     pass.
//   - Dropped: more groups. By a simulated memo over EWT dev, the other
//     templates with mostly dense rows either take thousands of tuples
//     once grouped (W of s0's and b0's children, label sets, clusters
//     with suffixes: 75-88% found with 2048 entries) or are alone, where
//     a memo entry is the row itself again; a refill costs some 700
//     instructions, so they cost more than they save.
//   - Together (parses byte-identical: eval dep predictions on EWT dev,
//     analyze --tokens over PolNeAR dev): a warm pass of BenchmarkParseDev
//     770.5M -> 657M instructions in the parse functions; analyze
//     --workers 1 --tokens over PolNeAR dev 7.84G -> 7.44G (the whole
//     process; its collector's share varies by 1% from run to run), the
//     parser's own functions 2746M -> 2364M. Wall time, paired alternating
//     runs against the session-start build (GOMAXPROCS=1), which the
//     machine's load made wide: at load 5-8, chronicle bench median 48.6k
//     -> 54.3k tokens/s (faster in 5 of 8 pairs), --stage parse 101k ->
//     112k (6 of 8), BenchmarkParseDev per CPU second 187k -> 197k (7 of
//     8); at load 1-2, chronicle bench 26 pairs with a median ratio of
//     1.04 (faster in 15; 85-110k tokens/s either way), --stage parse 223k
//     -> 236k (4 of 6). So the parser's own speed gain (some 5-12%) does
//     not show in the full pipeline beyond the noise: there the parser
//     waits on memory more than on instructions, and the memo adds L2
//     misses of its own. A build without the memo (sparse lists alone)
//     was no faster there (against it the memo build's median ratio was
//     1.07, 8 pairs). Model load unchanged (parser ~45 ms, all
//     three models ~130 ms); bench peak RSS 171-191 MB either way; a
//     two-core bench --ingest 1000 peaked at 377-406 MB (median 397, 7
//     runs) against 352-388 (median 378), and the build without the memo
//     at 376 and 390: the memo is 1.2 MB for each parsing goroutine, the
//     rest of the difference is noise as far as 7 runs tell.
//   - Measured, not shipped: pruning the rows whose largest |weight| is
//     below 700 (in the model's int16 units; all rows of the shipped
//     model but one have their largest at 500 or more) leaves 323k of the 486k keys, so 512K
//     slots instead of 1M (4 MB instead of 8) and 688k sparse entries
//     instead of 902k. EWT dev with the tagger's tags UAS/LAS 0.8564/
//     0.8265 -> 0.8576/0.8273 (at 720 0.8572/0.8268, at 750 0.8564/0.8260),
//     with gold tags 0.8844/0.8654 -> 0.8841/0.8652, events dev type/tuple
//     0.8165/0.6646 -> 0.8228/0.6646. Pruned at load (a rebuilt table,
//     without huge pages) against the same rebuild unpruned, chronicle
//     bench gained a median 2% (6 pairs, 4 faster): halving the table is
//     no large gain either. Shipping it needs the pruning in the training
//     recipe (after quantise, whose scale it leaves alone) and a chronicle
//     train dep that reproduces the bytes. It is not shipped for a second
//     reason: with the shipped model pruned at 700 (rows kept unchanged,
//     so training and then pruning gives the same bytes), PolNeAR quotes
//     dev F1 fell, content/source/cue 0.7142/0.6882/0.6840 ->
//     0.7119/0.6873/0.6824, against a cue model trained on the unpruned
//     parses; GUM dev dates unchanged.
//   - Not tried: narrower rows or another table layout (a new model
//     format).
