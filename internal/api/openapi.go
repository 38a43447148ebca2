package api

import (
	_ "embed"
	"net/http"
)

// openAPI describes the routes of New (OpenAPI 3.1). handlers_test.go
// checks that every route is in it.
//
//go:embed openapi.json
var openAPI []byte

func serveOpenAPI(w http.ResponseWriter, r *http.Request) {
	writeBody(w, http.StatusOK, "application/json", openAPI)
}
