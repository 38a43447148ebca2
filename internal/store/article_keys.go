package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Schema version 5 keys every table that holds rows of one article by
// the article's integer key, articles.seq, in a column named article,
// where versions 1 to 4 had article_id, the article's public id (32 hex
// digits of a hash). The public id stays in articles.id (UNIQUE), and the
// store's API still takes and returns it; only the joins go through seq.
//
// Why: the keys (and some indexes) of about fifteen B-trees began with
// the article id, and a hash id sends each new article's rows to a random
// page of each: a save rewrote pages all over every layer table, and the
// WAL received a copy of each of them at every commit. seq grows with
// every article, so a save now appends at the right edge of each B-tree,
// where the previous save left off. The key is also 8 bytes or less
// instead of 33 in every row and index entry.
//
// Measured on the 1,000 pages of `chronicle bench --ingest 1000` (and
// their `chronicle analyze --tokens` output for BenchmarkSaveAnalysed,
// 32 articles a transaction), this package at schema version 4 against
// version 5 (AUTOINCREMENT included), everything else the same, on a
// machine shared with other jobs (load 3-7):
//
//   - bench --ingest 1000 --cores 2, three runs each under pprof, in ms
//     of CPU per article: all 11.20-12.72 against 9.43-10.67; the saver
//     (SaveArticles) 2.68-3.22 against 1.84-2.18, of which SQLite's
//     statements 2.02-2.48 against 1.09-1.40; the WAL checkpointer
//     0.20-0.24 against 0.07-0.09.
//   - Eight alternating pairs of bench --ingest 1000 --cores 2 runs: 8 of
//     8 faster, 47.7-95.0 articles/s (median 77.8) against 50.5-142.2
//     (88.5), 1.02-1.81 times within a pair (median 1.12); 70.9-80.2
//     articles per CPU second (median 75.8) against 78.9-90.2 (85.7),
//     1.04-1.23 times within a pair (median 1.12); 521-544 MB written
//     against 213-234 (GNU time's file system outputs); peak RSS 333-350
//     MB against 327-353.
//   - BenchmarkSaveAnalysed, three alternating runs each: 3.67-4.26 CPU
//     ms per article against 2.52-3.30; system calls of one run (strace
//     -c): pwrite64 314,828 -> 110,747, pread64 223,679 -> 38,292, fsync
//     48 -> 23; instructions (cachegrind, 200 articles, reading their
//     JSON included) 9.20G -> 8.88G, of which SQLite's 1.4M fewer per
//     article. The time saved is more than those account for; the rest
//     is page I/O, some 390 fewer pread and pwrite calls per article, each
//     a system call and a 4 KB copy.
//   - The database after the ingest: 102 MB -> 74 MB.
//
// keyedTables are the tables the migration rebuilds, in their version 5
// form. Besides the layer tables of schemaV1 they are the story tables
// (story_articles, story_lsh, article_sources) and the per-article actor
// tables of serve_aggregates.go (actor_articles, whose seq column is the
// new article column, and actor_article_links). Two columns that name an
// article without being a key of its rows stay the public id:
// stories.first_article and story_articles.matched. story_lsh has no
// foreign key, as before: a DELETE by hand leaves its rows, which the
// join with story_articles then skips.
var keyedTables = []keyedTable{
	{name: "sentences", create: `CREATE TABLE sentences (
		article     INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
		idx         INTEGER NOT NULL,
		start       INTEGER NOT NULL,
		"end"       INTEGER NOT NULL,
		token_start INTEGER NOT NULL, -- index into the article's tokens
		token_end   INTEGER NOT NULL,
		PRIMARY KEY (article, idx)
	) WITHOUT ROWID`, key: "PRIMARY KEY (article, idx)", cascade: true},

	// A rowid table: each row holds a large JSON array, which SQLite
	// keeps better in a table B-tree (with overflow pages) than in the
	// index B-tree of a WITHOUT ROWID table.
	{name: "tokens", create: `CREATE TABLE tokens (
		article INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
		n       INTEGER NOT NULL, -- number of tokens
		data    TEXT NOT NULL     -- JSON: [[start, end, pos, tag, lemma, head, dep], ...]; head -1 = root or unparsed
	)`, key: "PRIMARY KEY (article)", cascade: true},

	{name: "actors", create: `CREATE TABLE actors (
		article    INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
		idx        INTEGER NOT NULL,
		name       TEXT NOT NULL,
		name_lower TEXT NOT NULL, -- Unicode lower case of name, for case-insensitive search
		kind       TEXT,
		country    TEXT, -- ISO 3166-1 alpha-3
		sector     TEXT,
		role       TEXT,
		code       TEXT,
		PRIMARY KEY (article, idx)
	) WITHOUT ROWID`, key: "PRIMARY KEY (article, idx)", cascade: true, indexes: []string{
		`CREATE INDEX actors_name ON actors (name, country, sector, role)`,
		`CREATE INDEX actors_country ON actors (country)`,
	}},

	{name: "actor_mentions", create: `CREATE TABLE actor_mentions (
		article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
		actor   INTEGER NOT NULL, -- actors.idx
		idx     INTEGER NOT NULL,
		start   INTEGER NOT NULL,
		"end"   INTEGER NOT NULL,
		text    TEXT NOT NULL,
		PRIMARY KEY (article, actor, idx)
	) WITHOUT ROWID`, key: "PRIMARY KEY (article, actor, idx)", cascade: true},

	{name: "entities", create: `CREATE TABLE entities (
		article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
		idx     INTEGER NOT NULL,
		start   INTEGER NOT NULL,
		"end"   INTEGER NOT NULL,
		text    TEXT NOT NULL,
		label   TEXT NOT NULL,
		actor   INTEGER, -- actors.idx, NULL if none
		PRIMARY KEY (article, idx)
	) WITHOUT ROWID`, key: "PRIMARY KEY (article, idx)", cascade: true, indexes: []string{
		`CREATE INDEX entities_text_label ON entities (text, label)`,
		`CREATE INDEX entities_label ON entities (label)`,
	}},

	// quotes keeps its ids, which are the rowids of quote_fts.
	{name: "quotes", create: `CREATE TABLE quotes (
		id                    INTEGER PRIMARY KEY, -- key for the FTS index
		article               INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
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
		UNIQUE (article, idx)
	)`, key: "UNIQUE (article, idx)", cascade: true, indexes: []string{
		`CREATE INDEX quotes_speaker ON quotes (article, speaker)`,
		`CREATE INDEX quotes_kind ON quotes (kind)`,
	}, triggers: []string{
		`CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
		INSERT INTO quote_fts (quote_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
	END`,
		`CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
		INSERT INTO quote_fts (quote_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
		INSERT INTO quote_fts (rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
	END`,
	}},

	{name: "events", create: `CREATE TABLE events (
		article       INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
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
		PRIMARY KEY (article, idx)
	) WITHOUT ROWID`, key: "PRIMARY KEY (article, idx)", cascade: true, indexes: []string{
		`CREATE INDEX events_type ON events (type)`,
	}},

	{name: "event_participants", create: `CREATE TABLE event_participants (
		article  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
		event    INTEGER NOT NULL, -- events.idx
		role     TEXT NOT NULL CHECK (role IN ('source', 'target')),
		position INTEGER NOT NULL,
		actor    INTEGER, -- actors.idx
		name     TEXT,
		PRIMARY KEY (article, event, role, position)
	) WITHOUT ROWID`, key: "PRIMARY KEY (article, event, role, position)", cascade: true, indexes: []string{
		`CREATE INDEX event_participants_actor ON event_participants (article, actor)`,
	}},

	{name: "dates", create: `CREATE TABLE dates (
		article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
		idx     INTEGER NOT NULL,
		start   INTEGER NOT NULL,
		"end"   INTEGER NOT NULL,
		text    TEXT NOT NULL,
		value   TEXT NOT NULL, -- TIMEX3
		type    TEXT NOT NULL, -- DATE, TIME, DURATION, SET
		PRIMARY KEY (article, idx)
	) WITHOUT ROWID`, key: "PRIMARY KEY (article, idx)", cascade: true},

	{name: "diagnostics", create: `CREATE TABLE diagnostics (
		article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
		idx     INTEGER NOT NULL,
		stage   TEXT NOT NULL,
		message TEXT NOT NULL,
		start   INTEGER NOT NULL,
		"end"   INTEGER NOT NULL,
		PRIMARY KEY (article, idx)
	) WITHOUT ROWID`, key: "PRIMARY KEY (article, idx)", cascade: true},

	{name: "story_articles", create: `CREATE TABLE story_articles (
		article    INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
		story_id   INTEGER NOT NULL REFERENCES stories (id),
		similarity REAL NOT NULL, -- estimated Jaccard similarity with matched; 1 for a story's first article
		matched    TEXT,          -- the id (articles.id) of the article it was found to reprint; NULL for a story's first article
		signature  BLOB           -- dedup.Signature.Bytes(); NULL for a text without words
	)`, key: "PRIMARY KEY (article)", cascade: true, indexes: []string{
		`CREATE INDEX story_articles_story ON story_articles (story_id)`,
	}},

	{name: "story_lsh", create: `CREATE TABLE story_lsh (
		key     INTEGER NOT NULL, -- dedup.Signature.BandKeys()
		article INTEGER NOT NULL, -- articles.seq
		PRIMARY KEY (key, article)
	) WITHOUT ROWID`, key: "PRIMARY KEY (key, article)"},

	{name: "article_sources", create: `CREATE TABLE article_sources (
		location TEXT PRIMARY KEY, -- URL, or the origin of a file input
		article  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
		source   TEXT,             -- outlet name, when known
		copy     INTEGER NOT NULL, -- 1 for an exact duplicate of an article stored from elsewhere
		seen_at  TEXT NOT NULL     -- RFC 3339, UTC
	)`, cascade: true, indexes: []string{
		`CREATE INDEX article_sources_article ON article_sources (article)`,
	}},

	{name: "actor_articles", create: `CREATE TABLE actor_articles (
		name      TEXT NOT NULL,
		article   INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
		day       TEXT NOT NULL, -- articles.published_day, '' when unknown
		published TEXT NOT NULL, -- articles.published, '' when unknown
		kind      TEXT NOT NULL,
		country   TEXT NOT NULL,
		sector    TEXT NOT NULL,
		role      TEXT NOT NULL,
		code      TEXT NOT NULL,
		mentions  INTEGER NOT NULL,
		quotes    INTEGER NOT NULL,
		events    INTEGER NOT NULL, -- distinct events with the actor as a source or target
		PRIMARY KEY (name, article)
	) WITHOUT ROWID`, key: "PRIMARY KEY (name, article)", cascade: true, indexes: []string{
		`CREATE INDEX actor_articles_time ON actor_articles (name, day, published, article)`,
		`CREATE INDEX actor_articles_article ON actor_articles (article)`,
	}, triggers: []string{sqlActorArticlesDeleteTrigger}},

	{name: "actor_article_links", create: `CREATE TABLE actor_article_links (
		article   INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
		name      TEXT NOT NULL,
		other     TEXT NOT NULL,
		direction TEXT NOT NULL, -- on, by, with (see Relation)
		type      TEXT NOT NULL,
		n         INTEGER NOT NULL,
		PRIMARY KEY (article, name, other, direction, type)
	) WITHOUT ROWID`, key: "PRIMARY KEY (article, name, other, direction, type)", cascade: true, triggers: []string{sqlActorArticleLinksDeleteTrigger}},
}

// articlesV5 is articles with AUTOINCREMENT, which migration 5 makes it
// again with (SQLite only): now that seq is the key other tables hold,
// it must never be given again. Without AUTOINCREMENT SQLite gives a new
// row the greatest seq plus one, so after a DELETE of the newest article
// the next article would get its seq, and with it the rows that a DELETE
// with foreign keys off (sqlite3's default) leaves behind: its save
// would fail on their keys, or join the story_lsh rows of the deleted
// article. AUTOINCREMENT costs one update of the one-row-per-table
// sqlite_sequence per INSERT statement. PostgreSQL's identity column
// never gives a value twice.
const articlesV5 = `CREATE TABLE articles (
		seq           INTEGER PRIMARY KEY AUTOINCREMENT, -- the article's key in every other table; never reused
		id            TEXT NOT NULL UNIQUE, -- the public id
		url           TEXT,
		title         TEXT,
		source        TEXT,
		author        TEXT,
		published     TEXT, -- as in the document JSON: YYYY-MM-DD, or RFC 3339 with a time of day
		published_day TEXT, -- YYYY-MM-DD, for date ranges
		text          TEXT NOT NULL,
		origin        TEXT, -- file, URL or "-" the article was read from
		ingested_at   TEXT NOT NULL -- RFC 3339, UTC
	)`

// articlesV5After are the index and the FTS triggers of articles, which
// DROP TABLE takes away (schema.go; the insert trigger went at version
// 4, fts_fill.go).
var articlesV5After = []string{
	`CREATE INDEX articles_published ON articles (published_day, published)`,
	`CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
		INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	END`,
	`CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
		INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
		INSERT INTO article_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
	END`,
}

// keyedTable is a table of keyedTables: its version 5 DDL on SQLite, the
// key constraint and foreign key the PostgreSQL migration adds, its
// indexes (the same statement on both) and its SQLite triggers, which
// DROP TABLE takes away and the migration makes again.
type keyedTable struct {
	name     string
	create   string
	key      string // "" for article_sources, whose key (location) stays
	cascade  bool   // article references articles (seq) ON DELETE CASCADE
	indexes  []string
	triggers []string
}

// migrateArticleKeys is migration 5 on SQLite. SQLite cannot change a
// column's type or a table's key in place, so each table is made again
// the way its documentation prescribes (ALTER TABLE, "making other kinds
// of table schema changes"): create the new table, copy the rows with
// each article id replaced by its seq, drop the old table, rename the new
// one, and create its indexes and triggers again. The write connection
// runs it with foreign keys off, as that procedure requires. Rows whose
// article is not stored (story_lsh keeps those of deleted articles) are
// not copied. The rows are copied in key order, so that each table is
// written from left to right. articles is made again last, with
// AUTOINCREMENT (articlesV5), its seqs kept: they are the rowids of
// article_fts, which stays as it is. The old tables' pages stay in the
// file as free pages, which later saves reuse and VACUUM gives back: the
// store of bench --ingest 1000 (102 MB at version 4) took 2.1 s to
// migrate and was then 134 MB, and `chronicle query` printed the same
// articles, quotes, events, actors, entities and story rows from it as
// version 4's binary from the file before.
func migrateArticleKeys(ctx context.Context, tx *sql.Tx) error {
	for _, t := range keyedTables {
		tmp := "new_" + t.name
		create := strings.Replace(t.create, "CREATE TABLE "+t.name+" (", "CREATE TABLE "+tmp+" (", 1)
		if create == t.create {
			return fmt.Errorf("%s: DDL does not start with CREATE TABLE %s (", t.name, t.name)
		}
		if _, err := tx.ExecContext(ctx, create); err != nil {
			return fmt.Errorf("create %s: %w", tmp, err)
		}
		cols, err := tableColumns(ctx, tx, tmp)
		if err != nil {
			return err
		}
		var sel []string
		for _, c := range cols {
			switch c {
			case "article":
				sel = append(sel, "a.seq")
			default:
				sel = append(sel, "x."+c)
			}
		}
		order := keyOrder(t)
		copyRows := "INSERT INTO " + tmp + " (" + strings.Join(cols, ", ") + ") SELECT " + strings.Join(sel, ", ") +
			" FROM " + t.name + " x JOIN articles a ON a.id = x.article_id ORDER BY " + order
		stmts := []string{copyRows, "DROP TABLE " + t.name, "ALTER TABLE " + tmp + " RENAME TO " + t.name}
		stmts = append(stmts, t.indexes...)
		stmts = append(stmts, t.triggers...)
		if err := execAll(stmts...)(ctx, tx); err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
	}
	cols, err := tableColumns(ctx, tx, "articles")
	if err != nil {
		return err
	}
	list := strings.Join(cols, ", ")
	stmts := []string{
		strings.Replace(articlesV5, "CREATE TABLE articles (", "CREATE TABLE new_articles (", 1),
		"INSERT INTO new_articles (" + list + ") SELECT " + list + " FROM articles ORDER BY seq",
		"DROP TABLE articles",
		"ALTER TABLE new_articles RENAME TO articles",
	}
	if err := execAll(append(stmts, articlesV5After...)...)(ctx, tx); err != nil {
		return fmt.Errorf("articles: %w", err)
	}
	return nil
}

// keyOrder is the ORDER BY of the rows copied into t: its new key, with
// the article as a.seq; rowid for article_sources, whose key stays.
func keyOrder(t keyedTable) string {
	if t.key == "" {
		return "x.rowid"
	}
	in := t.key[strings.Index(t.key, "(")+1 : strings.LastIndex(t.key, ")")]
	var out []string
	for _, c := range strings.Split(in, ",") {
		c = strings.TrimSpace(c)
		if c == "article" {
			out = append(out, "a.seq")
		} else {
			out = append(out, "x."+c)
		}
	}
	return strings.Join(out, ", ")
}

// tableColumns returns the column names of table, in order, quoted where
// they are keywords ("end").
func tableColumns(ctx context.Context, tx *sql.Tx, table string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name FROM pragma_table_info(?) ORDER BY cid`, table)
	if err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, fmt.Errorf("columns of %s: %w", table, err)
		}
		if c == "end" {
			c = `"end"`
		}
		cols = append(cols, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	if len(cols) == 0 {
		return nil, fmt.Errorf("columns of %s: none", table)
	}
	return cols, nil
}

// pgMigrateArticleKeys is migration 5 on PostgreSQL, which changes the
// tables in place: each gets an article column (BIGINT, as articles.seq)
// filled from articles, loses article_id (which takes its key, foreign key
// and indexes with it; actor_articles loses seq, which article replaces),
// and gets its key, foreign key and indexes again on article. The
// column then comes last in each table, which no statement depends on:
// every INSERT and SELECT names its columns.
func pgMigrateArticleKeys(ctx context.Context, tx *sql.Tx) error {
	for _, t := range keyedTables {
		fill := "UPDATE " + t.name + " x SET article = a.seq FROM articles a WHERE a.id = x.article_id"
		drop := []string{"ALTER TABLE " + t.name + " DROP COLUMN article_id"}
		if t.name == "actor_articles" {
			fill = "UPDATE actor_articles SET article = seq"
			drop = append(drop, "ALTER TABLE actor_articles DROP COLUMN seq")
		}
		stmts := []string{
			"ALTER TABLE " + t.name + " ADD COLUMN article BIGINT",
			fill,
			"DELETE FROM " + t.name + " WHERE article IS NULL",
			"ALTER TABLE " + t.name + " ALTER COLUMN article SET NOT NULL",
		}
		stmts = append(stmts, drop...)
		if t.key != "" {
			stmts = append(stmts, "ALTER TABLE "+t.name+" ADD "+t.key)
		}
		if t.cascade {
			stmts = append(stmts, "ALTER TABLE "+t.name+" ADD FOREIGN KEY (article) REFERENCES articles (seq) ON DELETE CASCADE")
		}
		for _, ix := range t.indexes {
			// The indexes on other columns survive the DROP COLUMN.
			if indexesArticle(ix) {
				stmts = append(stmts, ix)
			}
		}
		if err := execAll(stmts...)(ctx, tx); err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
	}
	return nil
}

// indexesArticle reports whether the CREATE INDEX statement ix has the
// article column among its key columns.
func indexesArticle(ix string) bool {
	cols := ix[strings.LastIndex(ix, "(")+1:]
	for _, c := range strings.Split(strings.TrimSuffix(strings.TrimSpace(cols), ")"), ",") {
		if strings.TrimSpace(c) == "article" {
			return true
		}
	}
	return false
}
