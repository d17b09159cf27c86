package ui

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
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

// TestCollectOftenForRestoresTheTarget: the collector collects tightly
// while screens are built, overlapping or not, and its target is back
// where it was once the last is done — not left at the tight one by a
// second sign-in that began before the first had settled.
func TestCollectOftenForRestoresTheTarget(t *testing.T) {
	target := func() int {
		p := debug.SetGCPercent(100)
		debug.SetGCPercent(p)
		return p
	}
	was := target()
	collectOftenFor(20 * time.Millisecond)
	collectOftenFor(60 * time.Millisecond) // a second screen, begun before the first settled
	if got := target(); got != collectTightly {
		t.Fatalf("while a screen is built the target is %d; want %d", got, collectTightly)
	}
	time.Sleep(40 * time.Millisecond)
	if got := target(); got != collectTightly {
		t.Errorf("the first screen settled and the target went back to %d while the second was built", got)
	}
	time.Sleep(100 * time.Millisecond)
	if got := target(); got != was {
		t.Errorf("after both screens the target is %d; want %d, as before", got, was)
	}
}
