// Package quote finds attributed speech in an article — direct quotations,
// partial quotations and reported speech — and who said it.
//
// The stage (NewStage) reads the tokens and sentences layers, and uses the
// pos, deps, entities and actors layers when an earlier stage provided
// them; it writes Document.Quotes and may append actors for speakers the
// actor stage did not know (a name the NER missed, "a spokesman"), so that
// every resolved Quote.Speaker indexes Document.Actors. It never changes
// Text, tokens, sentences or entities, and never reorders actors.
//
// Finding works in passes over the tokens of the whole article:
//
//  1. marks.go pairs quotation marks (curly, straight, guillemets) within
//     paragraphs; a paragraph that opens a quote and does not close it
//     continues into the next one when that opens with a mark.
//  2. cues.go recognises reporting verbs and phrases ("said", "told",
//     "according to", "argued"), attribute.go attaches each quotation to an
//     adjacent cue ("…," X said / X said: "…") and turns the other cues
//     into reported speech (X said that …, …, X said).
//  3. speaker.go resolves every speaker mention to an actor, in sieves: an
//     actor mention inside the speaker phrase, a name already seen (full
//     name, surname, title + surname), a description matched by role
//     ("the minister"), a pronoun to the nearest compatible person or
//     group, the previous speaker for a quote that continues a paragraph.
//  4. medium.go reads where it was said ("told Reuters", "in a statement").
//
// Without POS tags or a parse, surface patterns over the tokens still find
// direct quotes and "X said" reported speech; with them, the subject of the
// cue verb is read from the dependency tree first.
package quote
