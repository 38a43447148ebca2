// Package text splits an article's text into tokens and sentences, the
// first layers every later stage builds on. It reads only Document.Text and
// writes Document.Tokens and Document.Sentences, as byte-offset spans.
//
// Tokens follow the word conventions of the English Universal Dependencies
// treebanks (EWT and GUM), so that models trained on UD see the tokens they
// were trained on: clitics are split ("Spain's" is Spain + 's, "don't" is
// do + n't, "cannot" is can + not), most hyphenated compounds are split
// ("well-known" is well + - + known) except after a few prefixes ("co-",
// "non-", "re-", ...), abbreviations keep their period ("Gen.", "U.S."),
// numbers keep their separators ("1,000.50"), and URLs and e-mail addresses
// stay whole.
//
// Sentences are split for news: a blank line (or a line break before a
// capitalised line) always ends a sentence, so headings and datelines stand
// on their own; a final quotation mark or bracket stays with the sentence it
// closes; and a period after an abbreviation, an initial or a decimal digit
// does not end one unless the next word is a typical sentence opener.
//
// The whole job is two passes over the bytes with ASCII fast paths and no
// allocation per token; see BenchmarkSegment.
package text
