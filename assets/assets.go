// Package assets holds the files Lede ships inside its binary: the app
// icon and the sample lesson.
package assets

import _ "embed"

// Icon is the application icon, a 512×512 PNG.
//
//go:embed icon.png
var Icon []byte

// SampleLesson is the default lesson's article as plain text (ITECHPOST,
// January 2017: Trump and Jack Ma on "1M new American jobs").
//
//go:embed lessons/alibaba-jobs.txt
var SampleLesson []byte

// SampleLessonName is the sample lesson's file name, for messages.
const SampleLessonName = "alibaba-jobs.txt"
