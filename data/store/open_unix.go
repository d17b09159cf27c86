//go:build unix

package store

import "syscall"

// openNoBlock opens a file without waiting: should a pipe replace a
// results file between its check and its opening, the open returns at
// once instead of blocking the watch until a writer appears.
const openNoBlock = syscall.O_NONBLOCK
