//go:build !unix

package store

// openNoBlock is not needed where pipes do not live in folders.
const openNoBlock = 0
