package ui

import (
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"github.com/lede-app/lede/data/store"
)

// FolderImporter imports a folder's results files; *store.Store
// implements it.
type FolderImporter interface {
	ImportResultsFolder(dir string) (store.FolderPass, error)
}

// FolderWatch imports new results files from a shared folder — synced by
// OneDrive, Google Drive, Syncthing, or a USB stick — as they appear.
// Importing is idempotent, so the whole folder is simply imported again
// on every look; only new answers are reported.
type FolderWatch struct {
	Dir      string
	Every    time.Duration
	importer FolderImporter
	// OnNew is called, on the UI goroutine, when new answers arrive, or
	// answers that conflict with those stored.
	OnNew func(added int, pass store.FolderPass)
	// OnError is called, on the UI goroutine, when the folder cannot be read.
	OnError func(error)
	// OnLook is called, on the UI goroutine, after every look, before
	// OnNew or OnError.
	OnLook func()

	stop chan struct{}
	once sync.Once
}

// NewFolderWatch watches dir every interval once started.
func NewFolderWatch(importer FolderImporter, dir string, every time.Duration) *FolderWatch {
	return &FolderWatch{Dir: dir, Every: every, importer: importer, stop: make(chan struct{})}
}

// Scan imports the folder once and reports what was new. A fault inside
// the import is reported as an error, never allowed to end Lede: the
// watch runs on every start, so a crash here would be a crash loop.
func (f *FolderWatch) Scan() (added int, pass store.FolderPass, err error) {
	defer func() {
		if p := recover(); p != nil {
			added, pass, err = 0, store.FolderPass{}, fmt.Errorf("%w (%v)", store.ErrInternal, p)
		}
	}()
	pass, err = f.importer.ImportResultsFolder(f.Dir)
	return pass.Added(), pass, err
}

// Start scans now and then every interval until Stop.
func (f *FolderWatch) Start() {
	go func() {
		t := time.NewTicker(f.Every)
		defer t.Stop()
		for {
			f.report(f.Scan())
			select {
			case <-f.stop:
				return
			case <-t.C:
			}
		}
	}()
}

func (f *FolderWatch) report(added int, pass store.FolderPass, err error) {
	fyne.Do(func() {
		if f.OnLook != nil {
			f.OnLook()
		}
		switch {
		case err != nil && f.OnError != nil:
			f.OnError(err)
		case (added > 0 || pass.Conflicts() > 0) && f.OnNew != nil:
			f.OnNew(added, pass)
		}
	})
}

// Stop ends the watch.
func (f *FolderWatch) Stop() { f.once.Do(func() { close(f.stop) }) }
