package store

// storySchema is migration 2: reprints and the places each article was
// seen. Every article belongs to one story; a story is the set of
// articles that are near-duplicates of one another (the same wire story
// printed by several outlets), found with the MinHash signatures and LSH
// band keys of package dedup.
//
//   - stories: one row per story; its id is what `query articles --story`
//     takes.
//   - story_articles: the story of each article, with its signature and
//     how it joined (the article it matched and their estimated Jaccard
//     similarity; the first article of a story has similarity 1 and no
//     match).
//   - story_lsh: the LSH index, one row per article and band, keyed by the
//     band key, so that finding the candidates for a new article is
//     dedup.Bands index look-ups whatever the size of the store.
//   - article_sources: every place (URL, else the origin) an article's
//     text was seen. An exact duplicate found elsewhere is not stored
//     again, but its place is recorded here, so a story's number of
//     sources counts it; a rerun of an interrupted ingest looks places up
//     here to skip what it already did without fetching or parsing again.
//
// Articles stored before this migration each get a story of their own.
var storySchema = []string{
	`CREATE TABLE stories (
		id            INTEGER PRIMARY KEY,
		first_article TEXT NOT NULL,
		created_at    TEXT NOT NULL -- RFC 3339, UTC
	)`,
	`CREATE TABLE story_articles (
		article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
		story_id   INTEGER NOT NULL REFERENCES stories (id),
		similarity REAL NOT NULL, -- estimated Jaccard similarity with matched; 1 for a story's first article
		matched    TEXT,          -- the article it was found to reprint; NULL for a story's first article
		signature  BLOB           -- dedup.Signature.Bytes(); NULL for a text without words
	)`,
	`CREATE INDEX story_articles_story ON story_articles (story_id)`,
	`CREATE TABLE story_lsh (
		key        INTEGER NOT NULL, -- dedup.Signature.BandKeys()
		article_id TEXT NOT NULL,
		PRIMARY KEY (key, article_id)
	) WITHOUT ROWID`,
	`CREATE TABLE article_sources (
		location   TEXT PRIMARY KEY, -- URL, or the origin of a file input
		article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		source     TEXT,             -- outlet name, when known
		copy       INTEGER NOT NULL, -- 1 for an exact duplicate of an article stored from elsewhere
		seen_at    TEXT NOT NULL     -- RFC 3339, UTC
	)`,
	`CREATE INDEX article_sources_article ON article_sources (article_id)`,
	`INSERT INTO stories (id, first_article, created_at) SELECT seq, id, ingested_at FROM articles`,
	`INSERT INTO story_articles (article_id, story_id, similarity) SELECT id, seq, 1 FROM articles`,
	`INSERT OR IGNORE INTO article_sources (location, article_id, source, copy, seen_at)
		SELECT coalesce(origin, url, 'id:' || id), id, source, 0, ingested_at FROM articles`,
}
