//go:build !no_animations && !ci

package main

// Lede is built with the no_animations tag (the Makefile's APP_TAGS):
// Fyne's blinking cursor repaints the whole window twenty times a second,
// a fifth of a laptop core while a student reads. This line stops any
// build that forgot the tag, with the fix in its name.
var _ = buildWith_tags_no_animations_as_the_Makefile_does
