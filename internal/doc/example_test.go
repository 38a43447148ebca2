package doc_test

import (
	"fmt"
	"strings"

	"chronicle/internal/doc"
)

// Spans are byte offsets inside the program; the JSON gives code points.
func ExampleDocument_EncodeJSON() {
	text := "José said so."
	d := &doc.Document{ID: "ex", Text: text}
	i := int32(strings.Index(text, "said"))
	d.Dates = nil
	d.Entities = []doc.Entity{{Span: doc.Span{Start: 0, End: int32(len("José"))}, Label: "PER", Actor: -1}}
	d.Diagnostics = []doc.Diagnostic{{Span: doc.Span{Start: i, End: i + 4}, Stage: "example", Message: "a cue"}}
	b, _ := d.EncodeJSON(doc.JSONOptions{})
	fmt.Println(string(b))
	// Output:
	// {"id":"ex","url":null,"title":null,"source":null,"author":null,"published":null,"text":"José said so.","sentences":[],"entities":[{"start":0,"end":4,"text":"José","label":"PER","actor":null}],"actors":[],"quotes":[],"events":[],"dates":[],"diagnostics":[{"stage":"example","message":"a cue","start":5,"end":9}]}
}
