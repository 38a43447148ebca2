package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"chronicle/internal/store"
)

// Error is the JSON body of every failed request:
// {"error": {"status": 404, "message": "..."}}.
type Error struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
}

// httpError is an error that carries its HTTP status; handlers return it
// for bad input.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(msg string) error { return &httpError{http.StatusBadRequest, msg} }

// rawJSON is a handler result that is already encoded.
type rawJSON []byte

// jsonHandler adapts a handler function that returns a value or an error.
func (h *handler) jsonHandler(f func(*http.Request) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, err := f(r)
		if err != nil {
			status, msg := h.classify(r, err)
			writeError(w, status, msg)
			return
		}
		if raw, ok := v.(rawJSON); ok {
			writeBody(w, http.StatusOK, "application/json", raw)
			return
		}
		if s, ok := v.(csvBody); ok {
			writeBody(w, http.StatusOK, "text/csv; charset=utf-8", s.data)
			return
		}
		writeJSON(w, http.StatusOK, v)
	})
}

// classify maps an error to a status and a message safe to show: the
// store's messages for input it rejected, a generic one for the rest
// (which is logged).
func (h *handler) classify(r *http.Request, err error) (int, string) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case r.Context().Err() != nil:
		return http.StatusServiceUnavailable, "request timed out or was cancelled"
	case strings.Contains(err.Error(), "store: full-text query"):
		return http.StatusBadRequest, "bad full-text query (use q= for plain words)"
	}
	h.log.Error("api: request failed", "path", r.URL.Path, "err", err)
	return http.StatusInternalServerError, "internal error"
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	// The UI never puts data into HTML unescaped, but escaping <, > and &
	// keeps the JSON safe even if a browser sniffed it as HTML.
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		writeError(w, http.StatusInternalServerError, "internal error: encode response")
		return
	}
	writeBody(w, status, "application/json", buf.Bytes())
}

func writeBody(w http.ResponseWriter, status int, ctype string, body []byte) {
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(body)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	b, _ := json.Marshal(struct {
		Error Error `json:"error"`
	}{Error{status, msg}})
	writeBody(w, status, "application/json", append(b, '\n'))
}
