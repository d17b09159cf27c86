package facts

import "github.com/lede-app/lede/data/lexicon"

// lex is the one place this package takes its word lists from: months,
// weekdays, hedges, speech verbs, job titles. A second article language
// starts here (its patterns would then be compiled per lexicon).
var lex = lexicon.English
