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
//     continues into the next one when that opens with a mark. An opening
//     curly mark after a comma and before a cue, while a quote is open
//     and no closing mark follows, is a typo for the closing one
//     ("“…,“ said Lee").
//  2. cues.go recognises reporting verbs and phrases ("said", "told",
//     "according to", "argued") and verbs of thought, belief, intention
//     and stance ("believe", "want", "endorse", "discuss"), and
//     prepverbs.go verbs that are cues only with the preposition that
//     brings their content ("reacted to", "pounced on", "sided with");
//     attribute.go
//     attaches each quotation to an adjacent cue ("…," X said / X said:
//     "…", also across a paragraph break after a colon, and the rest of
//     a quotation its cue and a speaker phrase of any length interrupt,
//     "…," said X, director of …, "…"; a partial
//     quotation closing a clause before its cue makes the clause
//     reported speech of the cue too, "The senator will play the
//     “union card,” Lee said"; topiclead.go
//     lets a phrase of the topic set off by a comma come before the
//     colon, "said, of the plan: “…”", and takes "spoke" as a cue only
//     there, "spoke to reporters about the flood: “…”"; colonlead.go
//     keeps the cue model from vetoing the verb before such a colon) and
//     turns the other cues into reported speech; following.go makes a quotation
//     that is a sentence of its own right after a reported attribution a
//     further fragment of it.
//  3. Reported speech is read in sieves, cheapest and surest first:
//     parenthetical.go's cue between commas inside its content ("The
//     bridge, he said, will open in May": two fragments), read on the
//     surface because the parser hangs such a clause anywhere;
//     surface.go's verbless patterns ("Name: claim" lines, transcript
//     labels "TRUMP: …", "in a poll …"); asked.go's questions ("Asked
//     whether …, X said", "…, when asked about …, X said", each ending
//     at the comma before the answer's cue);
//     with a parse, depreported.go's dependency sieve (the cue's complement
//     subtree is the content, its subject the source, with an object the
//     parse took from a subjectless complement given back to it ("said the
//     council, which …, would vote"), and a for-infinitive its subject
//     whether the parse hangs it on "for" or on the cue ("called for him
//     to resign"); a participial or
//     coordinated cue whose climb finds no subject takes the subject of
//     the sentence's root, a participle modifying the noun before it
//     that noun ("ads attacking the senator"; a medium or occasion the
//     subject of its verb: "spoke at a news conference announcing …"), or the phrase after "with" in an absolute
//     clause) and nominal.go's
//     nominal cues ("the claim that …", "questions about …"), and
//     adjective.go's stance adjectives and feelings ("are concerned about
//     the cost", "was critical of the deal", "is willing to pay", "were
//     thrilled with", also as a participle the parse made a passive: "was
//     disappointed by the vote", the by-phrase the content); without one,
//     or where the parse gives nothing, reported.go's surface patterns
//     (X said that …, …, X said, according to X), where fronted.go keeps
//     a sentence's opening time or adverbial clause from being a content
//     before the cue ("These days, residents worry about …", in the
//     dependency sieve too); last, with a parse,
//     evidential.go's evidentials ("X is expected to …", "X seemed to …",
//     "X reportedly …"), the subject and the complement two fragments of
//     a content without a source; passive.go's cues in the passive ("was
//     criticized by X for …"), the subject and what it is held to have
//     done the content, the agent the source (a hearer and its
//     infinitive too: "was urged by X to reopen the port", which the
//     other sieves leave to it); before all the reported-speech
//     sieves, reducedrel.go's participles modifying the noun before them
//     ("a plan announced by X in May"), the noun phrase the content and
//     the agent the source, and attitude.go's nouns of opinion after any
//     verb or a copula ("had a low opinion of X", "is no fan of X"),
//     the cue running to the preposition, and psych.go's verbs of
//     feeling in the active, whose subject is the content and whose
//     object the source ("The verdict alarmed several mayors"); last,
//     titleline.go's
//     headlines in title case, whose capitalised verb the tagger takes
//     for a name ("Ana Ruiz Slams The Board", "…, Harbour Chief
//     Says"). A reported content takes
//     what PolNeAR's contents take around a complement: a small clause's
//     object ("called the plan unworkable"), a hearer's infinitive
//     ("urged the council to reopen …"), what an object is called or
//     blamed for ("views the mayor as a threat"); semicolon.go ends it
//     at a semicolon (before its cue, starts it after a semicolon or
//     colon), tail.go before a clause about the speaker (", but he
//     …"), and frontedclause.go at the comma that closes an opening
//     subordinate clause holding the cue ("While the mayor claimed that
//     …, experts say …"), where the parse often hangs the main clause in
//     the cue's complement.
//     Throughout, the cue model (cuemodel.go, cuefeatures.go, endmodel.go;
//     embedded in quote/model, trained on PolNeAR's train split by
//     TrainCueModel) judges each candidate verb from its features in the
//     parse: matchCue takes a verb outside the lexicon the model is sure
//     of ("ordered", "pushed for") and refuses a lexicon verb or nominal
//     cue it is sure is none here (mostly cues nested in another's
//     content); and where a content after its cue is its complement's
//     subtree, the model decides which later dependents it takes
//     ("defended [the budget] when the opposition attacked it"), and,
//     below one it took, which clause set off by punctuation ends it. Without
//     the model (NewStageWith(nil)) the sieves work alone. With it,
//     nested.go last drops the drafts whose cue stands inside another
//     draft's content, which PolNeAR leaves out about three times in four,
//     save where the host is a verb of trying or going on ("continued to
//     criticize the board"), which gives way to the nested attribution,
//     and where the nested clause closes the host's content, set off by
//     a comma, a dash or a conjunction ("…, but residents argue that it
//     leaks"): the host ends before it and both stand.
//     lightobject.go joins a light object and its preposition to the
//     cue ("sounded a cautious note about the report").
//     Copies of one attribution are not made twice: a nominal cue that is
//     the medium of a cue with the same content ("said in a statement
//     that …", the parse hanging the clause on the noun) makes no draft
//     (nominal.go), nor does a noun of saying take its hearer for content
//     ("comments to reporters"); colonverb.go drops the "Name:" draft of
//     a quotation a verb of the same clause attributes ("Continued Stone:
//     “…”"), the verb taking the name as its speaker; a reported content
//     that is one quotation, perhaps after words of the cue and a colon
//     or comma ("Lee added about the plan: “…”", which attachSegment
//     does not pair), is that quotation, direct or partial, and not
//     reported speech with a partial copy of itself inside
//     (wholequote.go); after "that" it stays reported speech, without
//     the copy.
//  4. speaker.go resolves every speaker mention to an actor, in sieves: an
//     actor mention inside the speaker phrase, a name already seen (full
//     name, surname, title + surname), a description matched by role
//     ("the minister"), "he" or "she" to the most salient person of a
//     compatible sex as the coref stage weighs them (salient.go: recency,
//     subjects, honorifics and coref's given-name lists), "they" and "it"
//     to the nearest compatible group, the previous speaker for a quote that continues a paragraph.
//     describe.go holds the sieves for phrases that name no one: a
//     relative pronoun stands for the noun its clause modifies ("UNICEF,
//     which …, said" → UNICEF; never an actor "which"), an apposition may
//     hold the name ("Somalia's Health Minister, Fadumo Warsame,"), "the
//     agency" is the organisation named before whose name or apposition
//     says agency (else the one that spoke last), an unnamed spokeswoman
//     speaks for the organisation that spoke just before, "the report" for
//     its author, "the government" is the government of the country of a
//     name or possessive in the phrase or else of the country in focus,
//     "the two governments" those of the countries just named. A phrase
//     that cannot speak (the deal, the claim, the vote, the offer), an
//     expletive "it" and the subject of a passive cue without a by-phrase
//     are no source; a reported clause whose only subject is such a thing
//     is no attribution.
//  5. medium.go reads where it was said ("told Reuters", "in a statement").
//
// Span conventions: the content of reported speech leaves out the
// complementiser "that" and the sentence's final punctuation (the quotes
// eval adds "that" back, as PolNeAR counts it); a quotation's content is
// what stands between its marks; the cue is the verb, or the verb and a
// preposition that brings its content ("referring to", "called for"), with
// the words PolNeAR's cues take around it (cuespan.go): auxiliaries,
// modals, negation and adverbs before it ("might be asking", "doesn’t
// think", "grudgingly agreed"), an infinitive's "to" and the verb of
// trying or going on over it ("went on to praise"), its particle, and "in
// a statement" after it (which is still the medium), but not a weekday or
// "in an interview", which PolNeAR takes as often as not;
// the speaker mention is the subject with its apposition, never starting or
// ending with a conjunction or preposition ("vote and", "of West African
// States"), with a closing comma only after an apposition (as PolNeAR
// marks "Clinton, a Democrat,"); a reported content never starts with a
// dateline ("NAIROBI, March 3 (Chronicle) —") and stops before a clause
// that is an attribution of its own. The lexicon and
// the conventions were measured on PolNeAR's train split, whose notion of
// attribution (speech, thought, intention, stance and evidence) is wider
// than reported speech.
//
// Without POS tags or a parse, surface patterns over the tokens still find
// direct quotes and "X said" reported speech; with them, the subject and
// complement of the cue verb are read from the dependency tree first.
package quote
