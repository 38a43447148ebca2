package api

import (
	"crypto/subtle"
	"errors"
	"io"
	"net/http"
	"strings"

	"chronicle/internal/ingest"
)

// ingest handles POST /api/ingest: one article in the body (plain text,
// HTML or a JSON article object, as `chronicle ingest` reads a file),
// analysed and stored. It answers 201 with the id, or 200 when the article
// was already stored. It needs a configured token, sent as a bearer token.
func (h *handler) ingest(w http.ResponseWriter, r *http.Request) {
	if h.token == "" || h.analyze == nil {
		writeError(w, http.StatusForbidden, "the server is read-only (start it with --token to allow ingest)")
		return
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(h.token)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="chronicle"`)
		writeError(w, http.StatusUnauthorized, "missing or wrong bearer token")
		return
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, "request body too large")
		return
	case err != nil:
		writeError(w, http.StatusBadRequest, "cannot read request body")
		return
	}
	format := ingest.FormatAuto
	switch ct := r.Header.Get("Content-Type"); {
	case strings.HasPrefix(ct, "application/json"):
		format = ingest.FormatJSON
	case strings.HasPrefix(ct, "text/html"):
		format = ingest.FormatHTML
	case strings.HasPrefix(ct, "text/plain"):
		format = ingest.FormatText
	}
	d, err := ingest.ReadBytes("api", data, format, ingest.Options{MaxBytes: h.maxBody})
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ctx := r.Context()
	if err := h.analyze(ctx, d); err != nil {
		h.log.Error("api: analyze", "id", d.ID, "err", err)
		writeError(w, http.StatusInternalServerError, "analysis failed")
		return
	}
	saved, err := h.store.SaveDocument(ctx, d)
	if err != nil {
		h.log.Error("api: save", "id", d.ID, "err", err)
		writeError(w, http.StatusInternalServerError, "storing the article failed")
		return
	}
	status := http.StatusOK
	if saved {
		status = http.StatusCreated
		if h.cache != nil {
			h.cache.clear()
		}
	}
	writeJSON(w, status, struct {
		ID     string `json:"id"`
		Stored bool   `json:"stored"`
	}{d.ID, saved})
}
