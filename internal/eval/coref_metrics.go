package eval

// The three coreference metrics of the CoNLL-2011/2012 shared tasks, as
// Pradhan et al. (2014, "Scoring Coreference Partitions of Predicted
// Mentions") define them, over clusters of mention keys. A key is any
// comparable mention identity; a response mention that matches no key
// mention simply has a key no key cluster holds. Each metric keeps its
// numerators and denominators so that documents add up (micro average).

// corefCounts are the numerators and denominators of recall and
// precision.
type corefCounts struct {
	RNum, RDen, PNum, PDen float64
}

func (c *corefCounts) add(o corefCounts) {
	c.RNum += o.RNum
	c.RDen += o.RDen
	c.PNum += o.PNum
	c.PDen += o.PDen
}

func (c corefCounts) recall() float64    { return fratio(c.RNum, c.RDen) }
func (c corefCounts) precision() float64 { return fratio(c.PNum, c.PDen) }

func (c corefCounts) f1() float64 {
	r, p := c.recall(), c.precision()
	if r+p == 0 {
		return 0
	}
	return 2 * r * p / (r + p)
}

func fratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// clusterOf maps each mention to the index of its cluster.
func clusterOf[K comparable](cs [][]K) map[K]int {
	m := map[K]int{}
	for i, c := range cs {
		for _, k := range c {
			m[k] = i
		}
	}
	return m
}

// mucCounts: the links a partition needs (Vilain et al. 1995). Recall is
// the sum over key clusters K of |K| - |p(K)|, where p(K) is K cut by the
// response (a mention the response lacks is a part of its own), over the
// sum of |K| - 1; precision swaps key and response.
func mucCounts[K comparable](key, resp [][]K) corefCounts {
	var c corefCounts
	c.RNum, c.RDen = mucSide(key, resp)
	c.PNum, c.PDen = mucSide(resp, key)
	return c
}

func mucSide[K comparable](key, resp [][]K) (num, den float64) {
	in := clusterOf(resp)
	for _, k := range key {
		parts := map[int]bool{}
		lone := 0
		for _, m := range k {
			if r, ok := in[m]; ok {
				parts[r] = true
			} else {
				lone++
			}
		}
		num += float64(len(k) - len(parts) - lone)
		den += float64(len(k) - 1)
	}
	return num, den
}

// b3Counts: per mention, the share of its cluster that the other side's
// cluster holding it shares (Bagga & Baldwin 1998); recall averages over
// key mentions, precision over response mentions.
func b3Counts[K comparable](key, resp [][]K) corefCounts {
	var c corefCounts
	c.RNum, c.RDen = b3Side(key, resp)
	c.PNum, c.PDen = b3Side(resp, key)
	return c
}

func b3Side[K comparable](key, resp [][]K) (num, den float64) {
	in := clusterOf(resp)
	for _, k := range key {
		shared := map[int]int{}
		for _, m := range k {
			if r, ok := in[m]; ok {
				shared[r]++
			}
		}
		for _, n := range shared {
			num += float64(n*n) / float64(len(k))
		}
		den += float64(len(k))
	}
	return num, den
}

// ceafeCounts: the best one-to-one alignment of key and response
// clusters under φ4(K, R) = 2|K∩R| / (|K|+|R|) (Luo 2005); recall divides
// its total by the number of key clusters, precision by the number of
// response clusters.
func ceafeCounts[K comparable](key, resp [][]K) corefCounts {
	if len(key) == 0 || len(resp) == 0 {
		return corefCounts{RDen: float64(len(key)), PDen: float64(len(resp))}
	}
	in := clusterOf(resp)
	sim := make([][]float64, len(key))
	for i, k := range key {
		sim[i] = make([]float64, len(resp))
		shared := map[int]int{}
		for _, m := range k {
			if r, ok := in[m]; ok {
				shared[r]++
			}
		}
		for r, n := range shared {
			sim[i][r] = 2 * float64(n) / float64(len(k)+len(resp[r]))
		}
	}
	total := maxAssignment(sim)
	return corefCounts{RNum: total, RDen: float64(len(key)), PNum: total, PDen: float64(len(resp))}
}

// maxAssignment is the largest total of sim[i][a(i)] over one-to-one
// assignments a of rows to columns (the Hungarian method, O(n³), on the
// square matrix padded with zeros).
func maxAssignment(sim [][]float64) float64 {
	n := len(sim)
	for _, row := range sim {
		n = max(n, len(row))
	}
	if n == 0 {
		return 0
	}
	// Minimise cost = -sim with potentials u, v (rows and columns 1..n).
	cost := func(i, j int) float64 {
		if i-1 < len(sim) && j-1 < len(sim[i-1]) {
			return -sim[i-1][j-1]
		}
		return 0
	}
	const inf = 1e18
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	p := make([]int, n+1) // p[j]: the row assigned to column j
	way := make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		used := make([]bool, n+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if cur := cost(i0, j) - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	total := 0.0
	for j := 1; j <= n; j++ {
		total -= cost(p[j], j)
	}
	return total
}
