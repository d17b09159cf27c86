// Package assets holds the files Lede ships inside its binary: the app
// icon, the sample lesson, and the fonts for reading and for printing.
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

// The OpenDyslexic reading font (2016 release, as Debian's
// fonts-opendyslexic ships it: CC-BY-3.0 and the Bitstream Vera licence,
// in fonts/OpenDyslexic-LICENSE.txt), offered in View › Reading font.
var (
	//go:embed fonts/OpenDyslexic-Regular.otf
	DyslexicRegular []byte
	//go:embed fonts/OpenDyslexic-Bold.otf
	DyslexicBold []byte
	//go:embed fonts/OpenDyslexic-Italic.otf
	DyslexicItalic []byte
	//go:embed fonts/OpenDyslexic-BoldItalic.otf
	DyslexicBoldItalic []byte
	//go:embed fonts/OpenDyslexic-LICENSE.txt
	DyslexicLicence []byte
)

// Noto Sans, the sans-serif face Fyne's default theme uses, for printed
// worksheets (data/worksheet): TrueType outlines, which the PDF library
// can embed, where OpenDyslexic's OpenType (CFF) files cannot be. SIL
// Open Font License 1.1, in fonts/NotoSans-LICENSE.txt, which allows
// embedding in documents.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	PrintRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	PrintBold []byte
	//go:embed fonts/NotoSans-LICENSE.txt
	PrintLicence []byte
)
