// Package event codes political events in PLOVER 2.0 from the dependency
// parse of each sentence: who did what to whom, when and where.
//
// A trigger lexicon (lexicon.txt) of verbs and nouns names a CAMEO code
// for each trigger ("threaten", "threaten … with tariffs", "meeting",
// "provide … equipment"); the PLOVER type, mode and CAMEO root come from
// the CAMEO-to-PLOVER crosswalk (crosswalk.go). The participants come
// from the syntax: the subject is the source and the object, or an
// oblique such as "with", "against", "on" or "to", the target; a passive
// swaps them ("was attacked by"); the source's own forces that a verb of
// sending moves are no target, where they go is ("sent troops to
// Somalia", themes.go); conjuncts make several participants,
// and so do a list parsed as an apposition, a subject of several titled
// names read from its text when the parse misses them ("Kenyan President
// Moi and Ugandan President Museveni signed"), "joined X in calling" and
// ", along with X,"; "between A, B and C" makes A and B the sources and C
// the target (all three when a mediator or host is the source); a
// clause without a subject borrows its governor's ("agreed to meet",
// "urged X to withdraw" borrows the object); a noun trigger takes its
// possessor, its modifier ("Israeli strikes") or the subject of the light
// verb that governs it ("held talks"). Participants are actors of the
// actors layer: the one whose mention covers the argument's head word, or
// else a word inside the argument's phrase, or for he/she the nearest
// person before. A possessive pronoun the coreference stage linked to an
// actor ("re-open its borders") is no target when it stands for the
// source, or for a source the parse missed, and comes after the rest of
// its phrase ("its border with Iran and Turkey"); read from the text
// around a trigger it is no participant at all. An actor of no country or code (a speaker the quote
// stage made of "which") gives way to a coded one: a relative pronoun
// stands for its noun, an apposition tells who an unknown name is, and an
// event noun that is a verb trigger's subject lends its "by" phrase or
// possessor ("the shelling of Kharkiv by Russian forces killed…"). A side
// still empty is guessed as PLOVER coders do (guess.go): a place named in
// the sentence, or for a domestic act the source's own country.
//
// An event is negated when its trigger is ("did not attack", "no
// meeting") and hypothetical when a modal, "if", or a governing verb of
// intent ("threatened to attack", "will provide") puts it in the future
// or the conditional. A good act its source announces ("will send aid",
// "is ready to hold talks") is an AGREE, as CAMEO codes the expression of
// intent (03), and one announced as not to be done ("will not attend",
// "failed to reach an agreement") a REJECT (intent.go). Some acts change
// type with their doer or their verb (official.go, converse.go): a
// state's protest is an official complaint (ACCUSE) and its blockade
// COERCE; aid received is the giver's; what a speaker says another must
// or should do is the speaker's demand, a REQUEST (demand.go). Its date is the TIMEX3 value of a
// date expression attached to the trigger in the parse, else the
// publication day; its location the place of an "in/at" phrase attached
// to the trigger.
//
// Per sentence the stage orders the triggers by prominence (highest in
// the tree, a verb before a noun, a finite verb before an infinitive or
// participle, a governor before the triggers it governs, except that a
// vowed act that is no cooperation comes before the vow: "vowed an
// inquiry" is ACCUSE) and keeps those that are events of
// their own (selection.go): not a purpose clause of another trigger
// ("talks to discuss"), not prevented ("prevent Russia demanding", also
// when the parse hangs the participle elsewhere), not a predicate noun
// ("is the best security guarantee", even tagged as a verb), and
// with a participant or strong (a main-clause verb, a noun that is its
// subject or object). A weaker trigger stands in only when the sentence
// has nothing else and it is not wished for, denied, hypothetical or
// future. A sentence's first event is its main one, which is how the
// evaluation reads the event type of a sentence. A parse that makes a
// clause into a noun phrase is set aside for the surface patterns; a
// coercive or violent act announced with "will"/"would" is a threat, an
// announced sanction a sanction.
// Every event keeps its trigger span and sentence index as evidence.
//
// Attachments that parsers disagree on are read one way before any of
// this (repair.go), on the coder's view of the tree, so that the events
// do not hang on the parser's choice: a "by"/"without"/"after" gerund hung
// on a noun belongs to the verb governing that noun ("raised hackles among
// allies by seeking"), an object-control infinitive made an adverbial
// clause of the verb or a clause of the object is the verb's xcomp
// ("urged Iran to release"), a participle with an object after a comma
// hung on a noun is the next verb of a list, a clause opened by a
// relative word after a comma is a relative clause of the noun before
// it, and a date made an object is a time. A name headed by its first
// word ("Czech Republic President Vaclav Havel" under "Czech") is its
// last word's actor.
//
// Without a parse (no Token.Dep in a sentence) the stage degrades to
// surface patterns: the nearest actor before the trigger is the source
// and the first after it the target.
package event
