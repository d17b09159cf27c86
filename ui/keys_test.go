package ui

import "fyne.io/fyne/v2"

var fyneKeyEnter = fyne.KeyEvent{Name: fyne.KeyReturn}
