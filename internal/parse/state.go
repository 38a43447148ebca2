package parse

// The arc-hybrid system. Words are numbered 1..n; 0 is the artificial root,
// which sits at the bottom of the stack. Three moves:
//
//	SHIFT     push the front of the buffer b0 onto the stack
//	LEFT(l)   pop s0 and make it an l-dependent of b0
//	RIGHT(l)  pop s0 and make it an l-dependent of s1
//
// A class number joins a move and a label: 0 is SHIFT, 1+2l is LEFT(l),
// 2+2l is RIGHT(l). Label 0 is always "root". RIGHT onto the artificial
// root is allowed only as the last move (buffer empty, one word left on the
// stack) and only with label root, so every parse is a tree with exactly
// one root word.

const (
	moveShift = iota
	moveLeft
	moveRight
)

// none marks a missing position or child.
const none = -1

func classMove(c int) int {
	if c == 0 {
		return moveShift
	}
	return 2 - c%2 // odd → LEFT (1), even → RIGHT (2)
}

func classLabel(c int) int { return (c - 1) / 2 }

// rightClass is the class of a RIGHT move with label l (LEFT moves are the
// odd classes 1 + 2*l).
func rightClass(l int) int { return 2 + 2*l }

// state is a parser configuration plus the children bookkeeping the
// features read. Slices are indexed by word number (0 = root) and reused
// across sentences.
type state struct {
	n     int
	stack []int32
	b     int32 // front of the buffer; the buffer is b..n
	head  []int32
	label []uint8
	// l1, l2: leftmost and second leftmost child; r1, r2: rightmost and
	// second rightmost; none when absent.
	l1, l2, r1, r2 []int32
	nl, nr         []uint8  // number of left and right children (capped)
	lset, rset     []uint64 // bit (label mod 64) set for each child's label
}

// reset prepares s for a sentence of n words.
func (s *state) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	m := n + 1
	s.head = resize(s.head, m, none)
	s.l1 = resize(s.l1, m, none)
	s.l2 = resize(s.l2, m, none)
	s.r1 = resize(s.r1, m, none)
	s.r2 = resize(s.r2, m, none)
	if cap(s.label) < m {
		s.label = make([]uint8, m)
		s.nl = make([]uint8, m)
		s.nr = make([]uint8, m)
		s.lset = make([]uint64, m)
		s.rset = make([]uint64, m)
	}
	s.label, s.nl, s.nr, s.lset, s.rset = s.label[:m], s.nl[:m], s.nr[:m], s.lset[:m], s.rset[:m]
	clear(s.label)
	clear(s.nl)
	clear(s.nr)
	clear(s.lset)
	clear(s.rset)
}

func resize(a []int32, m int, v int32) []int32 {
	if cap(a) < m {
		a = make([]int32, m)
	}
	a = a[:m]
	for i := range a {
		a[i] = v
	}
	return a
}

func (s *state) terminal() bool { return int(s.b) > s.n && len(s.stack) == 1 }

// s0, s1, s2 and the buffer positions return none past the edge.
func (s *state) si(i int) int32 {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return none
}

func (s *state) bi(i int) int32 {
	if j := s.b + int32(i); int(j) <= s.n {
		return j
	}
	return none
}

// canShift, canLeft and canRight report which moves are legal.
func (s *state) canShift() bool { return int(s.b) <= s.n }
func (s *state) canLeft() bool  { return int(s.b) <= s.n && len(s.stack) >= 2 }
func (s *state) canRight() bool {
	return len(s.stack) >= 3 || (len(s.stack) == 2 && int(s.b) > s.n)
}

// legal reports whether class c may be applied now.
func (s *state) legal(c int) bool {
	switch classMove(c) {
	case moveShift:
		return s.canShift()
	case moveLeft:
		return classLabel(c) != 0 && s.canLeft()
	default:
		if !s.canRight() {
			return false
		}
		return (len(s.stack) == 2) == (classLabel(c) == 0)
	}
}

// apply performs class c, which must be legal.
func (s *state) apply(c int) {
	switch classMove(c) {
	case moveShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case moveLeft:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, d, uint8(classLabel(c)))
	default:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.stack[len(s.stack)-1], d, uint8(classLabel(c)))
	}
}

func (s *state) attach(h, d int32, l uint8) {
	s.head[d] = h
	s.label[d] = l
	if d < h {
		if s.l1[h] == none || d < s.l1[h] {
			s.l2[h], s.l1[h] = s.l1[h], d
		} else if s.l2[h] == none || d < s.l2[h] {
			s.l2[h] = d
		}
		if s.nl[h] < 255 {
			s.nl[h]++
		}
		s.lset[h] |= 1 << (l & 63)
	} else {
		if s.r1[h] == none || d > s.r1[h] {
			s.r2[h], s.r1[h] = s.r1[h], d
		} else if s.r2[h] == none || d > s.r2[h] {
			s.r2[h] = d
		}
		if s.nr[h] < 255 {
			s.nr[h]++
		}
		s.rset[h] |= 1 << (l & 63)
	}
}
