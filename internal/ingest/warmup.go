package ingest

// warmupHold bounds the Items Read parses and holds back while the
// caller's workers are not ready (Options.Warmup): about 0.3 s of HTML
// extraction on one core for news pages (~2 ms each), the time chronicle
// ingest takes to load its models, and a few MB of extracted text.
const warmupHold = 160

// warmup is Read's emit while Options.Warmup is open: it parses each Item
// at once and holds it, and once the workers are ready (or warmupHold
// Items are held) passes the held ones on in order.
type warmup struct {
	ready <-chan struct{}
	emit  func(Item) error
	held  []Item
}

func (w *warmup) put(it Item) error {
	select {
	case <-w.ready:
	default:
		it.Resolve()
		if len(w.held) < warmupHold {
			w.held = append(w.held, it)
			return nil
		}
	}
	if err := w.flush(); err != nil {
		return err
	}
	return w.emit(it)
}

// flush emits the held Items; Read calls it when the reading ends too.
func (w *warmup) flush() error {
	for i, it := range w.held {
		w.held[i] = Item{}
		if err := w.emit(it); err != nil {
			w.held = w.held[i+1:]
			return err
		}
	}
	w.held = w.held[:0]
	return nil
}
