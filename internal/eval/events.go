package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// ploverRecord is what Events reads of one PLOVER gold-standard record;
// Source and Target stay raw because the files hold lists of actors, an
// empty string or null there.
type ploverRecord struct {
	ID     string          `json:"id"`
	Event  string          `json:"event"`
	Text   string          `json:"text"`
	Date   string          `json:"date"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

// ploverLabels maps the older PLOVER labels of the gold files to the
// current ones (SPEC.md §4).
var ploverLabels = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"INVESTIGATE": "ACCUSE",
	"FIGHT":       "ASSAULT",
}

// ploverType returns the current PLOVER type of a gold label.
func ploverType(label string) string {
	label = strings.ToUpper(strings.TrimSpace(label))
	if t, ok := ploverLabels[label]; ok {
		return t
	}
	return label
}

// actorCodes returns the codes of a gold source or target field and
// whether the field lists actors at all (null and "" do not).
func actorCodes(raw json.RawMessage) ([]string, bool) {
	var as []struct {
		Code string `json:"code"`
	}
	if len(raw) == 0 || raw[0] != '[' || json.Unmarshal(raw, &as) != nil {
		return nil, false
	}
	var out []string
	for _, a := range as {
		if c := strings.ToUpper(strings.TrimSpace(a.Code)); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out, true
}

// EventActorCode is the code an actor is compared on: its ISO country,
// else the first three letters of its CAMEO code (IGO, NGO, a region).
func EventActorCode(a doc.Actor) string {
	if a.Country != "" {
		return a.Country
	}
	if len(a.Code) >= 3 {
		return a.Code[:3]
	}
	return ""
}

// predictedEvent is the "predicted" object Events adds to each record of
// the predictions file.
type predictedEvent struct {
	Type    *string  `json:"type"`
	Sources []string `json:"sources"`
	Targets []string `json:"targets"`
}

// Events scores event coding on a PLOVER gold-standard JSON file (an
// array of records with text, event, source and target; records without
// text, such as the DOCUMENT header, are skipped). Each record's text runs
// through p as a document of its own, published on the record's date when
// it has one. The sentence's event is the first the pipeline codes (the
// event stage puts the main event of a sentence first).
//
// type_f1 compares that event's type with the gold type, older labels
// mapped as SPEC.md §4 says (a record with no predicted event counts
// against recall only). tuple_f1 also needs the set of source codes to
// equal the gold's and, when the gold lists targets, the set of target
// codes to equal them; an actor's code is its ISO country, else the first
// three letters of its CAMEO code (IGO, NGO). The report has a per-type
// table and ends with "task=events n=… tuple_f1=… type_f1=… …". When
// predictions is not empty the gold file is written there with a
// "predicted" object (type, sources, targets) added to every record.
func Events(ctx context.Context, p *pipeline.Pipeline, path string, w io.Writer, predictions string) (map[string]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: events: %w", err)
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return nil, fmt.Errorf("eval: events: %s: %w", path, err)
	}
	var (
		typ, tuple PRF
		perType    = map[string]*PRF{}
		confusion  = map[[2]string]int{}
		out        = make([]json.RawMessage, 0, len(raws))
	)
	get := func(t string) *PRF {
		if perType[t] == nil {
			perType[t] = &PRF{}
		}
		return perType[t]
	}
	for i, raw := range raws {
		if i%32 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("eval: events: %w", err)
			}
		}
		var r ploverRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return nil, fmt.Errorf("eval: events: record %d: %w", i, err)
		}
		if strings.TrimSpace(r.Text) == "" {
			out = append(out, raw)
			continue
		}
		d := &doc.Document{ID: r.ID, Text: r.Text}
		if r.Date != "" {
			if t, hasTime, err := doc.ParsePublished(r.Date); err == nil {
				d.Published, d.PublishedHasTime = t, hasTime
			}
		}
		if err := p.Process(ctx, d); err != nil {
			return nil, fmt.Errorf("eval: events: record %s: %w", r.ID, err)
		}
		gold := ploverType(r.Event)
		goldSrc, _ := actorCodes(r.Source)
		goldTgt, hasTgt := actorCodes(r.Target)
		typ.Gold++
		tuple.Gold++
		get(gold).Gold++
		pred := predictedEvent{Sources: []string{}, Targets: []string{}}
		if len(d.Events) > 0 {
			e := d.Events[0]
			pred.Type = &e.Type
			pred.Sources = eventCodes(d, e.Sources)
			pred.Targets = eventCodes(d, e.Targets)
			typ.Pred++
			tuple.Pred++
			get(e.Type).Pred++
			if e.Type == gold {
				typ.Correct++
				get(gold).Correct++
				if slices.Equal(pred.Sources, goldSrc) && (!hasTgt || slices.Equal(pred.Targets, goldTgt)) {
					tuple.Correct++
				}
			} else {
				confusion[[2]string{gold, e.Type}]++
			}
		} else {
			confusion[[2]string{gold, "-"}]++
		}
		out = append(out, withPredicted(raw, pred))
	}
	m := map[string]float64{
		"type_f1": typ.F1(), "type_precision": typ.Precision(), "type_recall": typ.Recall(),
		"tuple_f1": tuple.F1(), "tuple_precision": tuple.Precision(), "tuple_recall": tuple.Recall(),
		"n": float64(typ.Gold),
	}
	if err := writeEventsReport(w, perType, confusion, typ, tuple); err != nil {
		return nil, fmt.Errorf("eval: events: %w", err)
	}
	if predictions != "" {
		var buf bytes.Buffer
		buf.WriteString("[\n")
		for i, r := range out {
			if i > 0 {
				buf.WriteString(",\n")
			}
			buf.Write(r)
		}
		buf.WriteString("\n]\n")
		if err := os.WriteFile(predictions, buf.Bytes(), 0o644); err != nil {
			return nil, fmt.Errorf("eval: events: %w", err)
		}
	}
	if err := writeKV(w, "events", m); err != nil {
		return nil, fmt.Errorf("eval: events: %w", err)
	}
	return m, nil
}

// eventCodes returns the sorted distinct codes of the actors ids.
func eventCodes(d *doc.Document, ids []int32) []string {
	out := []string{}
	for _, a := range ids {
		if a < 0 || int(a) >= len(d.Actors) {
			continue
		}
		if c := EventActorCode(d.Actors[a]); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// withPredicted returns the record raw with a "predicted" member added at
// its end, keeping the gold's own text and key order.
func withPredicted(raw json.RawMessage, p predictedEvent) json.RawMessage {
	pb, _ := json.Marshal(p)
	trimmed := bytes.TrimRight(raw, " \t\r\n")
	if len(trimmed) == 0 || trimmed[len(trimmed)-1] != '}' {
		return raw
	}
	body := bytes.TrimRight(trimmed[:len(trimmed)-1], " \t\r\n")
	var buf bytes.Buffer
	buf.Write(body)
	if len(body) > 0 && body[len(body)-1] != '{' {
		buf.WriteString(",")
	}
	buf.WriteString("\n \"predicted\": ")
	buf.Write(pb)
	buf.WriteString("\n}")
	return buf.Bytes()
}

// writeEventsReport prints the per-type table and the commonest confusions.
func writeEventsReport(w io.Writer, perType map[string]*PRF, confusion map[[2]string]int, typ, tuple PRF) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "type\tgold\tpred\tright\tprecision\trecall\tf1\t")
	types := make([]string, 0, len(perType))
	for t := range perType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := perType[t]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", t, c.Gold, c.Pred, c.Correct, c.Precision(), c.Recall(), c.F1())
	}
	fmt.Fprintf(tw, "all types\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", typ.Gold, typ.Pred, typ.Correct, typ.Precision(), typ.Recall(), typ.F1())
	fmt.Fprintf(tw, "type+actors\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", tuple.Gold, tuple.Pred, tuple.Correct, tuple.Precision(), tuple.Recall(), tuple.F1())
	if err := tw.Flush(); err != nil {
		return err
	}
	type conf struct {
		k [2]string
		n int
	}
	var cs []conf
	for k, n := range confusion {
		cs = append(cs, conf{k, n})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].n != cs[j].n {
			return cs[i].n > cs[j].n
		}
		return cs[i].k[0]+cs[i].k[1] < cs[j].k[0]+cs[j].k[1]
	})
	if len(cs) > 0 {
		fmt.Fprintln(w, "\ncommonest errors (gold -> predicted, - for none):")
	}
	for i, c := range cs {
		if i == 12 {
			break
		}
		fmt.Fprintf(w, "  %-10s -> %-10s %d\n", c.k[0], c.k[1], c.n)
	}
	fmt.Fprintln(w)
	return nil
}
