package apitest

import "testing"

func TestFixtures(t *testing.T) {
	if _, err := Rich(); err != nil {
		t.Fatal(err)
	}
	if _, err := Hostile(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 100; i++ {
		if _, err := Synthetic(i); err != nil {
			t.Fatal(err)
		}
	}
}
