package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// stagePackages are the analysis stages: they read and extend a Document and
// must not reach for SQL, HTTP or each other's internals (STYLE.md §5).
var stagePackages = []string{"text", "tag", "parse", "ner", "actor", "quote", "event", "when"}

// TestImportRules enforces the direction of dependencies, as esbuild's
// no-filepath target does: doc imports only the standard library; only the
// store speaks SQL; stages import neither net/http nor one another (their
// tests may, to run the stages together).
func TestImportRules(t *testing.T) {
	root := filepath.Join("..", "..", "internal")
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		pkg := strings.Split(filepath.ToSlash(rel), "/")[0]
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		isTest := strings.HasSuffix(path, "_test.go")
		for _, spec := range f.Imports {
			imp, _ := strconv.Unquote(spec.Path.Value)
			first := strings.Split(imp, "/")[0]
			ours := strings.HasPrefix(imp, "chronicle/")
			switch {
			case pkg == "doc" && !isTest && (ours || strings.Contains(first, ".")):
				t.Errorf("%s imports %s: doc imports only the standard library", path, imp)
			case (imp == "database/sql" || strings.HasPrefix(imp, "modernc.org/sqlite") || strings.HasPrefix(imp, "github.com/jackc/pgx")) && pkg != "store" && !isTest:
				// Tests may set up a database (a fresh PostgreSQL one, say).
				t.Errorf("%s imports %s: SQL lives only in internal/store", path, imp)
			case slices.Contains(stagePackages, pkg) && imp == "net/http":
				t.Errorf("%s imports net/http: stages do no network I/O", path)
			case slices.Contains(stagePackages, pkg) && ours && !isTest:
				// Tests may run the stages together; the code may not.
				other := strings.Split(strings.TrimPrefix(imp, "chronicle/internal/"), "/")[0]
				if other != pkg && slices.Contains(stagePackages, other) {
					t.Errorf("%s imports %s: stages never import one another", path, imp)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "doc")); err != nil {
		t.Fatalf("internal/doc not found from %s: %v", root, err)
	}
}
