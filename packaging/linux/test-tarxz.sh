#!/bin/sh
# test-tarxz: install Lede.tar.xz for one user the way its README says
# (make user-install, in a scratch HOME), run the installed lede, check
# the desktop entry, icon and file types are registered, then
# make user-uninstall and check the program and its file types are gone
# while the user's data is kept. No root needed.
set -eu
tarball=${1:?usage: test-tarxz.sh dist/Lede.tar.xz [VERSION]}
want=${2:-}
[ -f "$tarball" ] || { echo "test-tarxz: $tarball is missing (make package-linux)"; exit 1; }
work=$(mktemp -d /tmp/lede-tarxz.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
tar -xJf "$tarball" -C "$work"
make -s -C "$work/lede" user-install >/dev/null 2>&1
bin="$HOME/.local/bin/lede"
fail() { echo "test-tarxz: FAIL: $*"; exit 1; }
[ -x "$bin" ] || fail "no $bin after make user-install"
[ -f "$HOME/.local/share/applications/org.lede.app.desktop" ] || fail "no desktop entry"
grep -q "^Exec=$bin %f" "$HOME/.local/share/applications/org.lede.app.desktop" || fail "the desktop entry does not run the installed lede with its file"
[ -f "$HOME/.local/share/icons/org.lede.app.png" ] || fail "no icon"
[ -f "$HOME/.local/share/mime/packages/org.lede.app.xml" ] || fail "no MIME types"
got=$("$bin" --version)
echo "test-tarxz: $got"
[ -z "$want" ] || [ "$got" = "lede $want" ] || fail "lede --version says \"$got\", not \"lede $want\" (FyneApp.toml)"
"$bin" quiz sample >/dev/null || fail "the installed lede cannot make the sample's quiz"
"$bin" pack sample -o "$work/sample.ledelesson" >/dev/null 2>&1 || fail "lede pack"
printf 'name\nSam Student\n' > "$work/roster.csv"
"$bin" roster --class 7B "$work/roster.csv" >/dev/null || fail "lede roster into the user's data folder"
data="$XDG_CONFIG_HOME/Lede"
[ -d "$data" ] || data=$(find "$HOME" -name 'lede.db' -exec dirname {} \; | head -1)
[ -n "$data" ] && [ -d "$data" ] || fail "no data folder after lede roster"
before=$(find "$data" -type f -exec sha256sum {} \; | sort)
if command -v xdg-mime >/dev/null 2>&1 && command -v update-mime-database >/dev/null 2>&1; then
	type=$(xdg-mime query filetype "$work/sample.ledelesson" 2>/dev/null || true)
	[ "$type" = application/x-lede-lesson ] || fail "a .ledelesson is $type, not application/x-lede-lesson"
	echo "test-tarxz: a .ledelesson is $type"
else
	echo "test-tarxz: xdg-mime or update-mime-database missing: the MIME type was not resolved"
fi
make -s -C "$work/lede" user-uninstall >/dev/null 2>&1
[ ! -e "$bin" ] || fail "lede is still installed after make user-uninstall"
[ ! -e "$HOME/.local/share/applications/org.lede.app.desktop" ] || fail "the desktop entry is left"
[ ! -e "$HOME/.local/share/mime/packages/org.lede.app.xml" ] || fail "the MIME types are left"
after=$(find "$data" -type f -exec sha256sum {} \; | sort)
[ "$before" = "$after" ] || fail "the user's data changed on uninstall"
echo "test-tarxz: ok — installed for one user, ran, registered its file types, uninstalled, data kept ($(echo "$after" | wc -l) files)"
