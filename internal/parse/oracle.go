package parse

// The dynamic oracle of Goldberg & Nivre (2013) for the arc-hybrid system:
// the cost of a move is the number of gold arcs it makes unreachable. For
// projective gold trees the system is arc-decomposable and the costs are
// exact. Non-projective trees are kept in training: their arcs are counted
// the same way, which is only an approximation there, and the trainer
// treats the legal moves of least cost (not of zero cost) as correct, so a
// configuration where every move loses an arc still has a right answer.

// moveCosts returns the unlabelled costs of SHIFT, LEFT and RIGHT in
// configuration s for gold heads gh (gh[i] is the head of word i, 0 for the
// root; gh[0] is unused). Illegal moves get a cost anyway; callers check
// legality.
func moveCosts(s *state, gh []int32) (shift, left, right int) {
	n := int32(s.n)
	b := s.b
	st := s.stack
	top := len(st) - 1
	s0 := st[top]
	s1 := int32(none)
	if top >= 1 {
		s1 = st[top-1]
	}
	// Dependents of s0 still in the buffer are lost by LEFT and RIGHT.
	s0deps := 0
	for d := b; d <= n; d++ {
		if gh[d] == s0 {
			s0deps++
		}
	}
	if s0 != 0 {
		h := gh[s0]
		inBuf := h >= b && h <= n
		// LEFT attaches s0 to b0: its head can no longer be s1 or a later
		// buffer word.
		left = s0deps
		if h != b && (h == s1 || inBuf) {
			left++
		}
		// RIGHT attaches s0 to s1: its head can no longer be in the buffer.
		right = s0deps
		if h != s1 && inBuf {
			right++
		}
	}
	if b <= n {
		// SHIFT: b0 can no longer take a head from the stack below s0, nor
		// any dependent from the stack.
		hb := gh[b]
		for i, k := range st {
			if i != top && hb == k {
				shift++
			}
			if k != 0 && gh[k] == b {
				shift++
			}
		}
	}
	return shift, left, right
}

// classCosts fills cost[c] for every class: the move cost plus one when the
// move builds a gold arc with the wrong label. gl[i] is the gold label of
// word i.
func classCosts(s *state, gh []int32, gl []uint8, cost []int32) {
	sh, le, ri := moveCosts(s, gh)
	top := len(s.stack) - 1
	s0 := s.stack[top]
	s1 := int32(none)
	if top >= 1 {
		s1 = s.stack[top-1]
	}
	cost[0] = int32(sh)
	leftArc := s0 != 0 && gh[s0] == s.b
	rightArc := s0 != 0 && gh[s0] == s1
	for c := 1; c < len(cost); c += 2 {
		l := uint8(classLabel(c))
		cost[c] = int32(le)
		if leftArc && gl[s0] != l {
			cost[c]++
		}
		if c+1 < len(cost) {
			cost[c+1] = int32(ri)
			if rightArc && gl[s0] != l {
				cost[c+1]++
			}
		}
	}
}
