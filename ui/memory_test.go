package ui

import (
	"runtime"
	"testing"
)

// TestQuestionChangesDoNotGrowMemory: going back and forth between a
// typed question and a choice question keeps the heap level. A theme
// override in the quiz panel made Fyne 2.7 parse its fonts again on every
// refresh: the heap grew 6–18 MiB a round trip and idle memory rose past
// its target (issue 16).
func TestQuestionChangesDoNotGrowMemory(t *testing.T) {
	m := laptopMain(t)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	typed, choice := -1, -1
	for i, q := range m.Lesson.Questions {
		switch {
		case len(q.Choices) == 0 && typed < 0:
			typed = i
		case len(q.Choices) > 0 && choice < 0:
			choice = i
		}
	}
	if typed < 0 || choice < 0 {
		t.Fatal("the sample needs a typed and a choice question: the test checks nothing")
	}
	heap := func() uint64 {
		runtime.GC()
		var s runtime.MemStats
		runtime.ReadMemStats(&s)
		return s.HeapAlloc >> 20
	}
	c := m.Window.Canvas()
	roundTrip := func() {
		m.Quiz.Go(typed)
		c.Capture()
		m.Quiz.Go(choice)
		c.Capture()
	}
	roundTrip() // what the first showing of each builds is not growth
	start := heap()
	for range 15 {
		roundTrip()
	}
	if grown := heap() - min(heap(), start); grown > 16 {
		t.Errorf("the heap grew %d MiB over 15 round trips between two questions; want it level", grown)
	}
}
