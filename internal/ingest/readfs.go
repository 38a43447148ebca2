package ingest

import (
	"context"
	"io"
	"io/fs"
	"path"
	"strings"
)

// ReadFS reads every file of fsys as Read reads a folder (lexical order,
// names starting with "." skipped, format by extension or content), for
// inputs that are not on disk, such as the embedded examples. Each origin
// is name joined with the file's path in fsys.
func ReadFS(ctx context.Context, fsys fs.FS, name string, opt Options, emit func(Item) error) error {
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		origin := path.Join(name, p)
		if err != nil {
			if eerr := emit(failed(origin, err)); eerr != nil {
				return eerr
			}
			if d != nil && d.IsDir() && p != "." {
				return fs.SkipDir
			}
			return nil
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || skipInFolder(d.Name()) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return emit(failed(origin, err))
		}
		return readOpened(ctx, origin, info, func() (io.ReadCloser, error) { return fsys.Open(p) }, opt, emit)
	})
}
