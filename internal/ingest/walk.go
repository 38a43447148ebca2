package ingest

import (
	"context"
	"io/fs"
	"path/filepath"
	"strings"
)

// walkDir reads every file under root in lexical order (filepath.WalkDir
// reads one folder at a time, so a large tree is never listed whole),
// skipping files and folders whose names start with "." and files that
// are documentation or code (see notArticleExts). A folder that
// cannot be read is reported as a failed item and the walk goes on.
func walkDir(ctx context.Context, root string, opt Options, emit func(Item) error) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			if eerr := emit(failed(path, err)); eerr != nil {
				return eerr
			}
			if d != nil && d.IsDir() && path != root {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || skipInFolder(d.Name()) {
			return nil
		}
		info, err := d.Info()
		if err == nil && info.Mode()&fs.ModeSymlink != 0 {
			info, err = statFollow(path)
		}
		if err != nil {
			return emit(failed(path, err))
		}
		if info.IsDir() {
			// A symlink to a folder: not followed, to rule out cycles.
			return nil
		}
		return readRegular(ctx, path, info, opt, emit)
	})
}
