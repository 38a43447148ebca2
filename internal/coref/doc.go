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
//   - A noun phrase in apposition to a mention ("John Kerry, the
//     Secretary of State," and "Spain's top diplomat, José Manuel
//     Albares") or its predicate noun ("Albares is the head of the
//     delegation", "She became the mayor") is a mention of the same
//     actor (descriptions.go).
//   - A definite description goes to the actor it describes: a role
//     ("the minister", "The President", "the Secretary of State", read
//     through the actor knowledge base's roles) to the most salient
//     person holding it; "the woman", "the boy" or "the 42-year-old" to
//     the most salient person of a compatible sex; "the company", "the
//     group", "the country", "the city" or "the island" to the most
//     salient organisation, country or place of that kind; "the museum"
//     or "the river" to the most salient organisation or place whose
//     name has that word. A description that sets its referent apart
//     ("the other company") or names something itself ("the US team")
//     is left alone.
//
// Mentions of descriptions are whole noun phrases from the parse ("the
// head of the Spanish delegation"), as readers and GUM take them.
//
//   - its goes to the singular organisation, country or place that is
//     the subject of its clause ("Kenya reopened its border"), or in a
//     clause without a subject to the last one named before it in the
//     sentence ("UNICEF and its staff"); a thing as subject leaves it
//     alone, as most "its" are things' (its.go). The event stage does
//     not take such an "its" in an object's phrase for the act's target
//     ("Ethiopia agreed to re-open its borders").
//
// It does not resolve it or we: organisations and countries are named
// again far more often than people, "it" is mostly a thing or a clause
// (as the subject of what an organisation said it was right one time in
// three on GUM train), and "we" is as often generic. `chronicle eval
// coref` measures the result on GUM's coreference files, with the
// precision of the "its" links apart (a wrong "its" of a thing costs the
// CoNLL figures nothing).
package coref
