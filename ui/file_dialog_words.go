package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showFileDialog shows d, one of Fyne's file or folder dialogs, over w,
// titled with what is being opened or saved (Fyne titles every one
// "Open File", "Save File" or "Open Folder", which says neither what
// nor why), and gives words to the buttons Fyne draws as icons alone: a new
// folder, list or icon view, and the options (which offer hidden
// files). Fyne 2.7 has no tooltips, so nothing said what they did
// (TestFileDialogsHaveWords). Fyne's FileDialog keeps its buttons to
// itself; the dialog shows as a pop-up over the window, whose content
// is Fyne's containers, and the buttons are found there by their icons.
// Where a later Fyne builds the dialog another way, or the system's own
// dialog shows in its place (Fyne does so only in Flatpak builds), none
// is found and the dialog shows as Fyne made it.
func showFileDialog(d *dialog.FileDialog, w fyne.Window, title string) {
	d.SetTitleText(title)
	d.Show()
	pop, ok := w.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		return
	}
	labelled := false
	walkContent(pop.Content, func(b *widget.Button) {
		if b.Text != "" || b.Icon == nil {
			return
		}
		words := iconWords(b.Icon)
		if words == "" {
			return
		}
		b.SetText(words)
		labelled = true
		if tapped := b.OnTapped; tapped != nil && (words == viewAsList || words == viewAsIcons) {
			// The view button swaps its icon for the other view's.
			b.OnTapped = func() {
				tapped()
				b.SetText(iconWords(b.Icon))
			}
		}
	})
	if labelled {
		// Words make the dialog's header wider than the icons did.
		d.Resize(pop.Size().Max(pop.MinSize()))
	}
}

// The words of the file dialog's buttons.
const (
	newFolder   = "New folder"
	viewAsList  = "Show as a list"
	viewAsIcons = "Show as icons"
	moreOptions = "Options"
)

// iconWords says in words what a file dialog's icon button does, or ""
// for an icon Lede does not know.
func iconWords(icon fyne.Resource) string {
	for _, c := range []struct {
		icon  fyne.ThemeIconName
		words string
	}{
		{theme.IconNameFolderNew, newFolder},
		{theme.IconNameList, viewAsList},
		{theme.IconNameGrid, viewAsIcons},
		{theme.IconNameSettings, moreOptions},
	} {
		if icon.Name() == theme.Icon(c.icon).Name() {
			return c.words
		}
	}
	return ""
}

// walkContent calls visit with every button in o, looking through
// Fyne's containers, splits and scrolls (not inside other widgets).
func walkContent(o fyne.CanvasObject, visit func(*widget.Button)) {
	switch x := o.(type) {
	case *widget.Button:
		visit(x)
	case *fyne.Container:
		for _, c := range x.Objects {
			walkContent(c, visit)
		}
	case *container.Split:
		walkContent(x.Leading, visit)
		walkContent(x.Trailing, visit)
	case *container.Scroll:
		walkContent(x.Content, visit)
	}
}
