// Package coref completes chronicle's light coreference of people: after
// the actor stage has gathered names and descriptions into actors and the
// quote stage has resolved speakers, it links the personal pronouns that
// stand for a person to that person's actor, so that an actor's mentions
// are every place the article refers to them, not only where it names
// them.
//
// The method is deliberately light, in the spirit of Hobbs's and Lappin &
// Leass's salience rules rather than a trained model:
//
//   - he, him, his, himself and she, her, hers, herself outside direct
//     quotations go to the most salient person mentioned in the ten
//     sentences before them whose sex does not contradict the pronoun:
//     recent mentions and subjects weigh more ("Lee met Park. He said …"
//     is Lee).
//   - they, them, their and themselves go to the group or organisation
//     named last.
//   - A person's gender comes from an honorific (Mr, Mrs, Ms, Sir,
//     Lady, …), a gendered role (spokeswoman, chairman), a given name in
//     the embedded lists of names borne mostly by one sex, or the
//     pronoun that first resolved to them.
//   - I, me, my, mine and myself inside a direct quotation are its
//     speaker.
//   - The quote stage's speaker mentions ("he said", "the minister
//     added") are the actor's mentions too.
//
// It does not resolve they, it or we: groups, organisations and countries
// are named again far more often than people, and the plural is as often
// generic ("they say"). `chronicle eval coref` measures the result on
// GUM's coreference files.
package coref
