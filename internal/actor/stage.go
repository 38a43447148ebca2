package actor

import (
	"context"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// stage adapts the resolver to the pipeline.
type stage struct{ kb *KB }

// NewStage returns the "actor" stage. It needs tokens, sentences and
// entities (run it after the NER stage), replaces Document.Actors with the
// actors it resolves and sets every Entity.Actor (-1 when the entity names
// no actor, e.g. a bare "European"). POS tags are used when present, not
// required. A nil kb means the embedded one (Default).
func NewStage(kb *KB) pipeline.Stage { return stage{kb: kb} }

func (stage) Name() string { return "actor" }
func (stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerTokens, doc.LayerSentences, doc.LayerEntities}
}
func (stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerActors} }

func (s stage) Process(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	kb := s.kb
	if kb == nil {
		var err error
		if kb, err = Default(); err != nil {
			return err
		}
	}
	Resolve(kb, d)
	return nil
}

// Resolve replaces d.Actors with the actors of d's entities and noun
// phrases and sets every Entity.Actor. It reads d.Tokens, d.Sentences and
// d.Entities and never changes them. The passes, in order: KB phrases in
// the tokens; non-person entities (organisations, countries, capitals by
// the locative rule, places); people (name variants merged, roles and
// countries from the text, then the KB); KB names NER missed; role
// phrases without a name; groups of sector words; unnamed sources.
func Resolve(kb *KB, d *doc.Document) {
	r := newResolver(kb, d)
	r.matchHits()
	people := r.resolveEntities()
	r.resolvePersons(people)
	r.scanNames()
	r.scanRoles()
	r.scanGroups()
	r.scanSources()
	d.Actors = r.acts.finish()
	for i := range d.Entities {
		d.Entities[i].Actor = r.entActor[i]
	}
}
