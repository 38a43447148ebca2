package store

// schemaV1 is the first schema; the migrations after it (migrations.go)
// add tables, and version 5 (article_keys.go, keyedTables) makes again
// every table keyed by article, with an integer key. Conventions of the
// current schema, for people who open the file with sqlite3 or Python:
//
//   - An article has two keys: articles.id, its public id (the id of the
//     document JSON, of `chronicle query` and of the HTTP API), and
//     articles.seq, an integer that grows with every article stored and
//     is never given again, even after a DELETE. Every table that holds
//     an article's rows refers to it by seq, in a column named article
//     (stories.first_article and story_articles.matched, which name an
//     article rather than hold its rows, keep the public id), so a query
//     by public id joins through articles:
//     SELECT q.text FROM quotes q JOIN articles a ON a.seq = q.article
//     WHERE a.id = ?. (Up to schema version 4 these columns were
//     article_id, the public id, as in the DDL below.)
//   - Every start/end column is a Unicode code-point offset into
//     articles.text, half-open, as in the document JSON. SQLite's substr
//     counts characters too: substr(text, start + 1, end - start).
//   - Every layer table is keyed by (article, idx), idx being the
//     element's position in its layer of the document JSON; references
//     between layers (entities.actor, quotes.speaker, events.sentence,
//     event_participants.actor) are such indices within the same article.
//   - NULL means unknown or absent, where the document JSON has null.
//   - Child rows cascade on delete, and triggers keep the FTS indexes in
//     step, so `DELETE FROM articles WHERE id = ?` removes an article
//     cleanly (and a later ingest can store it again). The cascade needs
//     PRAGMA foreign_keys = ON on the connection that deletes, which
//     sqlite3 and Python leave off by default; the store's own writer
//     has it off too, since it never deletes (see Open).
//
// Tokens are the exception to one-row-per-element: an 800-token article
// would need 800 rows (about 60 bytes of keys and overhead each) that no
// query ever filters on. They are kept as one JSON array per article,
// [[start, end, pos, tag, lemma, head, dep], ...], which is compact, is
// read and written in one step, and is still queryable with json_each.
var schemaV1 = []string{
	`CREATE TABLE articles (
		seq           INTEGER PRIMARY KEY, -- stable integer key for the FTS index (VACUUM may renumber implicit rowids)
		id            TEXT NOT NULL UNIQUE,
		url           TEXT,
		title         TEXT,
		source        TEXT,
		author        TEXT,
		published     TEXT, -- as in the document JSON: YYYY-MM-DD, or RFC 3339 with a time of day
		published_day TEXT, -- YYYY-MM-DD, for date ranges
		text          TEXT NOT NULL,
		origin        TEXT, -- file, URL or "-" the article was read from
		ingested_at   TEXT NOT NULL -- RFC 3339, UTC
	)`,
	`CREATE INDEX articles_published ON articles (published_day, published)`,

	`CREATE TABLE sentences (
		article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		idx         INTEGER NOT NULL,
		start       INTEGER NOT NULL,
		"end"       INTEGER NOT NULL,
		token_start INTEGER NOT NULL, -- index into the article's tokens
		token_end   INTEGER NOT NULL,
		PRIMARY KEY (article_id, idx)
	) WITHOUT ROWID`,

	`CREATE TABLE tokens (
		article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
		n          INTEGER NOT NULL, -- number of tokens
		data       TEXT NOT NULL     -- JSON: [[start, end, pos, tag, lemma, head, dep], ...]; head -1 = root or unparsed
	) WITHOUT ROWID`,

	`CREATE TABLE actors (
		article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		idx        INTEGER NOT NULL,
		name       TEXT NOT NULL,
		name_lower TEXT NOT NULL, -- Unicode lower case of name, for case-insensitive search
		kind       TEXT,
		country    TEXT, -- ISO 3166-1 alpha-3
		sector     TEXT,
		role       TEXT,
		code       TEXT,
		PRIMARY KEY (article_id, idx)
	) WITHOUT ROWID`,
	`CREATE INDEX actors_name ON actors (name, country, sector, role)`,
	`CREATE INDEX actors_country ON actors (country)`,

	`CREATE TABLE actor_mentions (
		article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		actor      INTEGER NOT NULL, -- actors.idx
		idx        INTEGER NOT NULL,
		start      INTEGER NOT NULL,
		"end"      INTEGER NOT NULL,
		text       TEXT NOT NULL,
		PRIMARY KEY (article_id, actor, idx)
	) WITHOUT ROWID`,

	`CREATE TABLE entities (
		article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		idx        INTEGER NOT NULL,
		start      INTEGER NOT NULL,
		"end"      INTEGER NOT NULL,
		text       TEXT NOT NULL,
		label      TEXT NOT NULL,
		actor      INTEGER, -- actors.idx, NULL if none
		PRIMARY KEY (article_id, idx)
	) WITHOUT ROWID`,
	`CREATE INDEX entities_text_label ON entities (text, label)`,
	`CREATE INDEX entities_label ON entities (label)`,

	`CREATE TABLE quotes (
		id                    INTEGER PRIMARY KEY, -- key for the FTS index
		article_id            TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		idx                   INTEGER NOT NULL,
		start                 INTEGER NOT NULL,
		"end"                 INTEGER NOT NULL,
		text                  TEXT NOT NULL,
		kind                  TEXT NOT NULL, -- direct, partial, indirect
		speaker               INTEGER, -- actors.idx, NULL when unresolved
		speaker_name          TEXT,
		speaker_mention_start INTEGER,
		speaker_mention_end   INTEGER,
		speaker_mention_text  TEXT,
		cue_start             INTEGER,
		cue_end               INTEGER,
		cue_text              TEXT,
		medium                TEXT,
		UNIQUE (article_id, idx)
	)`,
	`CREATE INDEX quotes_speaker ON quotes (article_id, speaker)`,
	`CREATE INDEX quotes_kind ON quotes (kind)`,

	`CREATE TABLE events (
		article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		idx           INTEGER NOT NULL,
		type          TEXT NOT NULL, -- PLOVER, upper case
		mode          TEXT,
		cameo         TEXT,
		date          TEXT, -- TIMEX3 value
		location      TEXT,
		negated       INTEGER NOT NULL, -- 0 or 1
		hypothetical  INTEGER NOT NULL,
		trigger_start INTEGER NOT NULL,
		trigger_end   INTEGER NOT NULL,
		trigger_text  TEXT NOT NULL,
		sentence      INTEGER, -- sentences.idx, NULL if none
		PRIMARY KEY (article_id, idx)
	) WITHOUT ROWID`,
	`CREATE INDEX events_type ON events (type)`,

	// The sources and targets of an event. Event.Sources (actor indices)
	// and Event.SourceNames are separate lists in the document; the k-th
	// row of a role holds the k-th element of each, NULL past its end.
	`CREATE TABLE event_participants (
		article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		event      INTEGER NOT NULL, -- events.idx
		role       TEXT NOT NULL CHECK (role IN ('source', 'target')),
		position   INTEGER NOT NULL,
		actor      INTEGER, -- actors.idx
		name       TEXT,
		PRIMARY KEY (article_id, event, role, position)
	) WITHOUT ROWID`,
	`CREATE INDEX event_participants_actor ON event_participants (article_id, actor)`,

	`CREATE TABLE dates (
		article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		idx        INTEGER NOT NULL,
		start      INTEGER NOT NULL,
		"end"      INTEGER NOT NULL,
		text       TEXT NOT NULL,
		value      TEXT NOT NULL, -- TIMEX3
		type       TEXT NOT NULL, -- DATE, TIME, DURATION, SET
		PRIMARY KEY (article_id, idx)
	) WITHOUT ROWID`,

	`CREATE TABLE diagnostics (
		article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		idx        INTEGER NOT NULL,
		stage      TEXT NOT NULL,
		message    TEXT NOT NULL,
		start      INTEGER NOT NULL,
		"end"      INTEGER NOT NULL,
		PRIMARY KEY (article_id, idx)
	) WITHOUT ROWID`,

	// Full-text indexes. External content: the text lives once, in
	// articles and quotes; the triggers update the index in the same
	// transaction as the row, so the two cannot drift apart.
	// remove_diacritics 2 lets "Jose" find "José". (Schema version 4
	// drops the two insert triggers: a save indexes its rows in one
	// statement per index instead, in the same transaction; see
	// fts_fill.go. The delete and update triggers stay.)
	`CREATE VIRTUAL TABLE article_fts USING fts5 (
		title, text,
		content = 'articles', content_rowid = 'seq',
		tokenize = 'unicode61 remove_diacritics 2'
	)`,
	`CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
		INSERT INTO article_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
	END`,
	`CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
		INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	END`,
	`CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
		INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
		INSERT INTO article_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
	END`,
	`CREATE VIRTUAL TABLE quote_fts USING fts5 (
		text, speaker_name,
		content = 'quotes', content_rowid = 'id',
		tokenize = 'unicode61 remove_diacritics 2'
	)`,
	`CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
		INSERT INTO quote_fts (rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
	END`,
	`CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
		INSERT INTO quote_fts (quote_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
	END`,
	`CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
		INSERT INTO quote_fts (quote_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
		INSERT INTO quote_fts (rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
	END`,
}
