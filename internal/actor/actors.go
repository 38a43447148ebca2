package actor

import (
	"slices"

	"chronicle/internal/doc"
)

// actorTable collects the actors of one document. Actors are found by a
// key that says what makes two mentions the same actor ("country|ESP",
// "org|NATO", "group|USAGOV"), so that every pass adds to one table.
type actorTable struct {
	index map[string]int32
	list  []doc.Actor
}

// get returns the index of the actor with key, creating it from a when
// there is none.
func (t *actorTable) get(key string, a doc.Actor) int32 {
	if t.index == nil {
		t.index = map[string]int32{}
	}
	if i, ok := t.index[key]; ok {
		return i
	}
	i := int32(len(t.list))
	t.list = append(t.list, a)
	t.index[key] = i
	return i
}

// find returns the index of the actor with key, or -1.
func (t *actorTable) find(key string) int32 {
	if i, ok := t.index[key]; ok {
		return i
	}
	return -1
}

// mention adds s to actor i's mentions.
func (t *actorTable) mention(i int32, s doc.Span) {
	t.list[i].Mentions = append(t.list[i].Mentions, s)
}

// finish sorts and deduplicates every actor's mentions.
func (t *actorTable) finish() []doc.Actor {
	for i := range t.list {
		m := t.list[i].Mentions
		slices.SortFunc(m, func(a, b doc.Span) int {
			if a.Start != b.Start {
				return int(a.Start - b.Start)
			}
			return int(a.End - b.End)
		})
		t.list[i].Mentions = slices.Compact(m)
	}
	return t.list
}

// code joins a CAMEO prefix (a country, region, "IGO" or empty) and a
// sector. An IGO or NGO with no other prefix is coded by its sector alone.
func code(prefix, sector string) string {
	if prefix == sector {
		return prefix
	}
	return prefix + sector
}

// newActor returns an actor with its code filled in.
func newActor(name, kind, country, prefix, sector, role string) doc.Actor {
	if prefix == "" {
		prefix = country
	}
	return doc.Actor{Name: name, Kind: kind, Country: country, Sector: sector, Role: role, Code: code(prefix, sector)}
}
