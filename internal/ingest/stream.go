package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// readStream reads one input (a file or stdin) of the given format,
// sniffing it when format is FormatAuto, and emits its items.
func readStream(ctx context.Context, origin string, r io.Reader, format Format, opt Options, emit func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return emit(failed(origin, err))
	}
	if isWARC(head) || format == FormatWARC && binaryKind(head) == "" {
		return readWARC(ctx, origin, br, opt, emit)
	}
	if _, utf16 := decodeUTF16(head[:min(len(head), 2)]); utf16 {
		// Rare enough to read whole (capped); ReadBytes decodes it.
		data, err := readCapped(br, opt.maxBytes())
		if err != nil {
			return emit(failed(origin, err))
		}
		if format == FormatJSONL {
			u, _ := decodeUTF16(data)
			return readJSONL(ctx, origin, bufio.NewReader(bytes.NewReader(u)), nil, opt, emit)
		}
		return emitOne(origin, data, format, opt, emit)
	}
	head = bytes.TrimPrefix(head, []byte(bom))
	if kind := binaryKind(head); kind != "" {
		return emit(failed(origin, fmt.Errorf("%w (%s)", ErrBinary, kind)))
	}
	if format == FormatAuto || format == FormatText {
		// A .txt of nothing but URLs is a reading list, not an article.
		if sniffList(head) == FormatURLs {
			format = FormatURLs
		}
	}
	if format == FormatAuto && sniffFeed(head) {
		format = FormatFeed
	}
	switch format {
	case FormatURLs:
		return readURLList(ctx, origin, br, opt, emit)
	case FormatFeed:
		data, err := readCapped(br, opt.maxBytes())
		if err != nil {
			return emit(failed(origin, err))
		}
		return readFeed(ctx, origin, "", data, opt, emit)
	}
	if format == FormatAuto {
		format = sniff(head)
		if format == FormatJSON {
			return readJSONAuto(ctx, origin, br, opt, emit)
		}
	}
	if format == FormatJSONL {
		return readJSONL(ctx, origin, br, nil, opt, emit)
	}
	data, err := readCapped(br, opt.maxBytes())
	if err != nil {
		return emit(failed(origin, err))
	}
	return emitOne(origin, data, format, opt, emit)
}

const bom = "\uFEFF"

// readCapped reads r to the end, or fails with ErrTooLarge as soon as it
// has seen more than max bytes, so that a huge input is never held whole.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return data, nil
}

// readLine returns the next line of br without its "\n", at most max
// bytes of it; a longer line is consumed to its end and reported with
// tooLong. At the end of the input it returns io.EOF with no line.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 { // +1: the "\n" is not part of the line
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == nil:
			return bytes.TrimSuffix(line, []byte("\n")), tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF:
			if len(line) == 0 && !tooLong && len(chunk) == 0 {
				return nil, false, io.EOF
			}
			if !tooLong && int64(len(line)) > max {
				tooLong, line = true, nil
			}
			return line, tooLong, nil
		default:
			return nil, false, err
		}
	}
}

// readJSONL emits one item per non-blank line of br, each named
// origin:line. pending holds lines already read from the start of br
// (line 1 first); they are handled before reading on.
func readJSONL(ctx context.Context, origin string, br *bufio.Reader, pending []pendingLine, opt Options, emit func(Item) error) error {
	n := 0
	next := func() ([]byte, bool, error) {
		if len(pending) > 0 {
			l := pending[0]
			pending = pending[1:]
			return l.data, l.tooLong, nil
		}
		return readLine(br, opt.maxBytes())
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := next()
		if err == io.EOF {
			return nil
		}
		n++
		at := origin + ":" + strconv.Itoa(n)
		var item Item
		switch {
		case err != nil:
			// A read error ends the input: nothing after it can be trusted.
			return emit(failed(at, err))
		case tooLong:
			item = failed(at, fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, opt.maxBytes()))
		case len(bytes.TrimSpace(line)) == 0:
			continue
		default:
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte(bom))
			}
			d, err := ReadBytes(at, line, FormatJSON, opt)
			if err != nil {
				item = failed(at, err)
			} else {
				item = Item{Doc: d, Origin: at}
			}
		}
		if err := emit(item); err != nil {
			return err
		}
	}
}

// pendingLine is a line read ahead while sniffing.
type pendingLine struct {
	data    []byte
	tooLong bool
}

// readJSONAuto reads an input that starts with "{" but has no telling
// extension: JSON Lines if its first line is a whole JSON value and
// another non-blank line follows, else one article object (which may be
// spread over many lines). A lone one-line object is named origin, not
// origin:1.
func readJSONAuto(ctx context.Context, origin string, br *bufio.Reader, opt Options, emit func(Item) error) error {
	max := opt.maxBytes()
	first, tooLong, err := readLine(br, max)
	if err != nil && err != io.EOF {
		return emit(failed(origin, err))
	}
	if tooLong {
		return emit(failed(origin, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)))
	}
	first = bytes.TrimPrefix(first, []byte(bom))
	if json.Valid(first) {
		pending := []pendingLine{{data: first}}
		for {
			line, tooLong, err := readLine(br, max)
			if err == io.EOF {
				return emitOne(origin, first, FormatJSON, opt, emit)
			}
			if err != nil {
				return emit(failed(origin, err))
			}
			pending = append(pending, pendingLine{data: line, tooLong: tooLong})
			if tooLong || len(bytes.TrimSpace(line)) > 0 {
				return readJSONL(ctx, origin, br, pending, opt, emit)
			}
		}
	}
	remaining := max - int64(len(first)) - 1
	if remaining < 0 {
		remaining = 0
	}
	rest, err := readCapped(br, remaining)
	if err != nil {
		return emit(failed(origin, err))
	}
	return emitOne(origin, append(append(first, '\n'), rest...), FormatJSON, opt, emit)
}

// emitOne parses data as one article and emits it or its failure.
func emitOne(origin string, data []byte, format Format, opt Options, emit func(Item) error) error {
	d, err := ReadBytes(origin, data, format, opt)
	if err != nil {
		return emit(failed(origin, err))
	}
	return emit(Item{Doc: d, Origin: origin})
}
