#!/bin/sh
# test-windows: install Lede's MSI (and setup.exe) silently into a fresh
# Wine prefix under Xvfb, check the files, the Start-menu shortcut, the
# file types and the Apps & Features entry, run the installed lede.exe,
# upgrade over an older MSI, uninstall, and check that the program is gone
# and the user's data folder is kept. Not part of `make test` (about two
# minutes, and it needs wine). Skips (exit 0) where wine, wixl or the
# mingw compiler is absent.
#
#   sh packaging/windows/test-windows.sh dist/lede-VERSION-x64.msi [dist/lede-VERSION-setup.exe]
#
# Wine 8.0 (Debian 12) lacks bcryptprimitives.dll's ProcessPrng, which Go
# 1.22 and later call at start-up: the script builds processprng.c into a
# bcryptprimitives.dll for the scratch prefix only. It is never shipped;
# Windows 10 and 11 have the real one.
set -eu
msi=${1:?usage: test-windows.sh MSI [SETUP.EXE]}
setup=${2:-}
# printf, not echo: dash's echo reads \c and \r in Windows paths as escapes.
say() { printf '%s\n' "$*"; }
skip() { say "test-windows: SKIPPED: $*"; exit 0; }
fail() { say "test-windows: FAIL: $*"; exit 1; }
command -v wine >/dev/null || skip "wine is not installed (apt-get install wine wine64)"
command -v wixl >/dev/null || skip "wixl is not installed (apt-get install wixl msitools)"
command -v msiextract >/dev/null || skip "msitools is not installed (apt-get install msitools)"
command -v xvfb-run >/dev/null || skip "xvfb-run is not installed (apt-get install xvfb xauth)"
command -v xwininfo >/dev/null || skip "xwininfo is not installed (apt-get install x11-utils)"
command -v x86_64-w64-mingw32-gcc >/dev/null || skip "x86_64-w64-mingw32-gcc is not installed (make package-windows installs it)"
[ -f "$msi" ] || fail "$msi is missing: run make package-msi"
[ -z "$setup" ] || [ -f "$setup" ] || fail "$setup is missing: run make package-setup"

# One X server for the whole run: Wine's processes outlive single commands.
if [ -z "${TEST_WINDOWS_XVFB:-}" ]; then
	TEST_WINDOWS_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x900x24" sh "$0" "$@"
fi

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
msi=$(cd "$(dirname "$msi")" && pwd)/$(basename "$msi")
[ -z "$setup" ] || setup=$(cd "$(dirname "$setup")" && pwd)/$(basename "$setup")
version=$(sed -n 's/^Version *= *"\(.*\)"/\1/p' "$root/FyneApp.toml")
tmp=$(mktemp -d)
# Wine links the prefix's Documents, Desktop and Downloads to $HOME: a
# scratch HOME keeps the test out of the real one.
mkdir -p "$tmp/home"
export HOME="$tmp/home"
export WINEPREFIX="$tmp/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko download dialogs; Lede needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
cd "$tmp"

w() { wine "$@" 2>&1 | tr -d '\r'; }
winpath() { winepath -w "$1" 2>/dev/null | tr -d '\r'; }
# The default value (or the named value $2) of a registry key, or nothing.
# Asked twice before it is nothing: once, on a loaded machine, one
# `wine reg query` came back empty for a value the MSI does write (the
# same MSI in another fresh prefix, and the next run, gave it at once).
regval() {
	if [ $# -gt 1 ]; then set -- "$1" /v "$2"; else set -- "$1" /ve; fi
	v=$(wine reg query "$@" 2>/dev/null | tr -d '\r' | sed -n 's/^ *[^ ].*[ ]REG_[A-Z_]* *//p' | head -1)
	if [ -z "$v" ]; then
		wineserver -w; sleep 1
		v=$(wine reg query "$@" 2>/dev/null | tr -d '\r' | sed -n 's/^ *[^ ].*[ ]REG_[A-Z_]* *//p' | head -1)
	fi
	printf '%s\n' "$v"
}
haskey() { wine reg query "$1" >/dev/null 2>&1; }
expect() { # KEY [NAME] WANT
	if [ $# -gt 2 ]; then got=$(regval "$1" "$2"); want=$3; else got=$(regval "$1"); want=$2; fi
	[ "$got" = "$want" ] || fail "$1 ${3:+$2 }is '$got', not '$want'"
	say "  $1${3:+ $2} = $got"
}
uninstall_entries() { # the Apps & Features entries named Lede, as "version"
	wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null | tr -d '\r' |
		awk '/^HKEY/ { name = ""; ver = "" } / DisplayName .* Lede$/ { name = 1 } / DisplayVersion / { ver = $NF } name && ver { print ver; name = "" }'
}

say "== a fresh Wine prefix ($(wine --version))"
wine wineboot -i >/dev/null 2>&1
wineserver -w
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	"$here/processprng.c" -ladvapi32
say "  test-only bcryptprimitives.dll (ProcessPrng) in the prefix's system32"
appdata=$(winepath -u "$(wine cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')" 2>/dev/null | tr -d '\r')
appdata=${appdata%/}
appdata="$WINEPREFIX/drive_c/${appdata#"$WINEPREFIX/dosdevices/c:/"}"
progdir="$WINEPREFIX/drive_c/Program Files/Lede"
exe='C:\Program Files\Lede\lede.exe'

# An older MSI of the same files, to upgrade from: wixl again, on the
# lede.exe and icon taken out of the MSI under test.
old=0.0.1
if [ "$(printf '%s\n%s\n' "$old" "$version" | sort -V | head -1)" = "$version" ]; then old=""; fi
if [ -n "$old" ]; then
	mkdir -p old
	(cd old && msiextract -C files "$msi" >/dev/null)
	(cd old && msidump -s "$msi" >/dev/null 2>&1) || true # -s: the streams, the icon among them
	cp "$(find old/files -name lede.exe)" old/lede.exe
	cp old/_Streams/Icon.lede.ico old/lede.ico
	(cd old && wixl -a x64 -D Version=$old -D Exe=lede.exe -D Icon=lede.ico -o lede-$old.msi "$here/lede.wxs")
	say "== msiexec /i lede-$old.msi /qn (an older version, to upgrade from)"
	w msiexec /i "$(winpath old/lede-$old.msi)" /qn
	wineserver -w
	[ "$(uninstall_entries)" = "$old" ] || fail "Apps & Features does not list Lede $old"
	say "  Apps & Features: Lede $old"
fi

printf 'Name\nSam Student\n' > roster.csv
if [ -n "$old" ]; then
	say "== a user's data, made by Lede $old"
	w "$exe" roster --class 7B "$(winpath roster.csv)"
	[ -f "$appdata/Lede/lede.db" ] || fail "lede roster wrote no %APPDATA%\\Lede\\lede.db"
	sha256sum "$appdata/Lede/lede.db" | cut -c1-16 > old-data.sum
	say "  %APPDATA%\\Lede\\lede.db: $(cat old-data.sum)…"
fi

say "== msiexec /i $(basename "$msi") /qn"
w msiexec /i "$(winpath "$msi")" /qn /l*v "$(winpath install.log)"
wineserver -w
[ -f "$progdir/lede.exe" ] || { iconv -f UTF-16LE -t UTF-8 install.log 2>/dev/null | tail -20; fail "no $progdir/lede.exe"; }
msiextract -C new "$msi" >/dev/null
cmp -s "$progdir/lede.exe" "$(find new -name lede.exe)" || fail "the installed lede.exe is not the MSI's"
say "  C:\\Program Files\\Lede\\lede.exe: $(wc -c < "$progdir/lede.exe") bytes, the MSI's own"
if command -v osslsigncode >/dev/null; then
	signer=$(osslsigncode verify -in "$progdir/lede.exe" 2>/dev/null | sed -n 's/^[[:space:]]*Subject: *//p' | head -1)
	say "  its Authenticode signer: ${signer:-none (not signed)}"
fi
if command -v wrestool >/dev/null; then sh "$here/check-exe.sh" "$progdir/lede.exe" | sed "s,$WINEPREFIX/drive_c/,C:/,; s/^/  /"; fi
entries=$(uninstall_entries)
[ "$entries" = "$version" ] || fail "Apps & Features lists Lede as: $(echo "$entries" | tr '\n' ' ') (want only $version)"
say "  Apps & Features: Lede $version only${old:+ (the upgrade removed $old)}"
if [ -n "$old" ]; then
	[ "$(sha256sum "$appdata/Lede/lede.db" | cut -c1-16)" = "$(cat old-data.sum)" ] || fail "the upgrade changed lede.db"
	say "  %APPDATA%\\Lede\\lede.db: unchanged by the upgrade"
fi
# Windows puts a per-machine shortcut in ProgramData's Start menu; Wine
# 8.0's msi resolves ProgramMenuFolder to the user's even with ALLUSERS=1.
lnk=$(find "$WINEPREFIX/drive_c/ProgramData" "$WINEPREFIX/drive_c/users" -path '*Start Menu/Programs/Lede.lnk' | head -1)
[ -n "$lnk" ] || fail "no Start-menu shortcut Lede.lnk"
strings -a "$lnk" | grep -qi 'lede.exe' || strings -a -el "$lnk" | grep -qi 'lede.exe' || fail "$lnk does not point at lede.exe"
say "  Start menu: ${lnk#"$WINEPREFIX/drive_c/"} -> lede.exe"
expect 'HKCR\.ledelesson' Lede.Lesson
expect 'HKCR\.lederesults' Lede.Results
expect 'HKCR\.ledebundle' Lede.Bundle
expect 'HKCR\Lede.Lesson\shell\open\command' '"C:\Program Files\Lede\lede.exe" "%1"'
expect 'HKCR\Lede.Results\shell\open\command' '"C:\Program Files\Lede\lede.exe" "%1"'
expect 'HKCR\Lede.Bundle\shell\open\command' '"C:\Program Files\Lede\lede.exe" "%1"'
expect 'HKCR\Lede.Lesson\DefaultIcon' '"C:\Program Files\Lede\lede.exe",0'
expect 'HKCR\Lede.Results\DefaultIcon' '"C:\Program Files\Lede\lede.exe",0'
expect 'HKCR\Lede.Bundle\DefaultIcon' '"C:\Program Files\Lede\lede.exe",0'
for t in .ledelesson=Lede.Lesson .ledebundle=Lede.Bundle; do
	got=$(w cmd /c assoc "${t%%=*}")
	say "  cmd /c assoc ${t%%=*}: $got"
	[ "$got" = "$t" ] || fail "assoc says $got"
done

say "== the installed lede.exe"
w "$exe" pack sample -o "$(winpath sample.ledelesson)"
[ -s sample.ledelesson ] || fail "lede pack wrote no lesson pack"
say "  lede.exe pack sample -o sample.ledelesson: $(wc -c < sample.ledelesson) bytes"
# A lesson bundle, made with a library of its own (not the user's data).
w "$exe" --data "$(winpath bundle-data)" bundle sample -o "$(winpath sample.ledebundle)"
[ -s sample.ledebundle ] || fail "lede bundle wrote no lesson bundle"
say "  lede.exe bundle sample -o sample.ledebundle: $(wc -c < sample.ledebundle) bytes"
w "$exe" roster --class 7C "$(winpath roster.csv)"
[ -f "$appdata/Lede/lede.db" ] || fail "lede roster wrote no %APPDATA%\\Lede\\lede.db"
say "  lede.exe roster: C:/${appdata#"$WINEPREFIX/drive_c/"}/Lede/lede.db"
# The window: Fyne's OpenGL driver through Wine's opengl32 and the X
# server's GLX (Mesa's llvmpipe under Xvfb).
# TEST_WINDOWS_WINDOW=no skips both window checks where Wine has no OpenGL.
if [ "${TEST_WINDOWS_WINDOW:-yes}" = no ]; then
	say "  the window: not tried (TEST_WINDOWS_WINDOW=no)"
else
	if ! timeout 180 wine "$exe" --screenshot "$(winpath shot.png)" > shot.log 2>&1 || [ ! -s shot.png ]; then
		tr -d '\r' < shot.log | tail -n 15 | sed 's/^/    /'
		fail "lede.exe --screenshot did not render the window under Wine (TEST_WINDOWS_WINDOW=no skips this)"
	fi
	mkdir -p "$root/dist" && cp shot.png "$root/dist/test-windows-screenshot.png"
	say "  lede.exe --screenshot: dist/test-windows-screenshot.png, $(wc -c < shot.png) bytes"

	# A double-click: Explorer's ShellExecute on the file, here wine start.
	# A lesson pack opens its lesson; a bundle opens the sample lesson and
	# offers to import the bundle, behind the teacher's PIN (on the screen
	# saved, looked at by eye: the dialog is drawn inside the window).
	for f in sample.ledelesson:open-lesson sample.ledebundle:open-bundle; do
		file=${f%%:*}
		say "== wine start $file (what a double-click does)"
		wine start /unix "$tmp/$file" >/dev/null 2>&1 &
		title=""
		for _ in $(seq 60); do
			title=$(xwininfo -root -tree 2>/dev/null | sed -n 's/^ *0x[0-9a-f]* "\(Lede[^"]*\)": ("lede.exe".*/\1/p' | head -1)
			[ -z "$title" ] || break
			sleep 1
		done
		[ -n "$title" ] || fail "opening $file started no Lede window"
		say "  a window of lede.exe: \"$title\""
		case "$title" in *"Jack Ma"*) ;; *) fail "the window does not show the sample lesson's article" ;; esac
		if command -v import >/dev/null; then
			sleep 2 # the first frame, and the bundle's dialog
			import -window root "$root/dist/test-windows-${f#*:}.png" 2>/dev/null &&
				say "  the screen: dist/test-windows-${f#*:}.png"
		fi
		wine taskkill /im lede.exe /f >/dev/null 2>&1 || true
		wineserver -w
	done
fi
(cd "$appdata" && find Lede -type f -exec sha256sum {} + | sort) > data-before.sum
say "  the user's data: $(wc -l < data-before.sum) file(s) in %APPDATA%\\Lede"

say "== LEDE_DATA_DIR for every user of the computer (what IT can set)"
envkey='HKLM\System\CurrentControlSet\Control\Session Manager\Environment'
wine reg add "$envkey" /v LEDE_DATA_DIR /t REG_EXPAND_SZ /d '%USERPROFILE%\LedeData' /f >/dev/null 2>&1
wineserver -k; wineserver -w # a new session reads the environment again
w "$exe" roster --class 7D "$(winpath roster.csv)"
profile=$(dirname "$(dirname "$appdata")")
[ -f "$profile/LedeData/lede.db" ] || fail "LEDE_DATA_DIR=%USERPROFILE%\\LedeData was not used"
say "  reg add \"$envkey\" /v LEDE_DATA_DIR /t REG_EXPAND_SZ /d %USERPROFILE%\\LedeData"
say "  lede.exe roster then wrote C:/${profile#"$WINEPREFIX/drive_c/"}/LedeData/lede.db"
wine reg delete "$envkey" /v LEDE_DATA_DIR /f >/dev/null 2>&1
wineserver -k; wineserver -w
(cd "$profile" && find LedeData -type f -exec sha256sum {} + | sort) >> data-before.sum

if [ -n "$old" ]; then
	say "== msiexec /i lede-$old.msi /qn over $version (a downgrade: refused)"
	if wine msiexec /i "$(winpath old/lede-$old.msi)" /qn >/dev/null 2>&1; then fail "the older MSI installed over $version"; fi
	wineserver -w
	[ "$(uninstall_entries)" = "$version" ] || fail "the refused downgrade changed Apps & Features"
	say "  refused; Apps & Features still lists Lede $version only"
fi

say "== msiexec /x $(basename "$msi") /qn"
w msiexec /x "$(winpath "$msi")" /qn
wineserver -w
[ ! -e "$progdir/lede.exe" ] || fail "lede.exe is still installed"
[ ! -e "$progdir" ] || fail "$progdir is still there"
[ ! -e "$lnk" ] || fail "the Start-menu shortcut is still there"
for k in 'HKCR\.ledelesson' 'HKCR\.lederesults' 'HKCR\.ledebundle' 'HKCR\Lede.Lesson' 'HKCR\Lede.Results' 'HKCR\Lede.Bundle' 'HKCR\Applications\lede.exe'; do
	! haskey "$k" || fail "$k is still in the registry"
done
[ -z "$(uninstall_entries)" ] || fail "Apps & Features still lists Lede"
say "  Program Files\\Lede, the shortcut, the file types and the Apps & Features entry: gone"
{ (cd "$appdata" && find Lede -type f -exec sha256sum {} + | sort)
  (cd "$profile" && find LedeData -type f -exec sha256sum {} + | sort); } > data-after.sum
cmp -s data-before.sum data-after.sum || { diff data-before.sum data-after.sum; fail "the user's data changed"; }
say "  %APPDATA%\\Lede and %USERPROFILE%\\LedeData: kept, unchanged ($(wc -l < data-after.sum) files, same SHA-256)"

if [ -n "$setup" ]; then
	name=$(basename "$setup")
	for mode in AllUsers CurrentUser; do
		say "== $name /S /$mode"
		w "$(winpath "$setup")" /S /$mode
		wineserver -w
		if [ $mode = AllUsers ]; then dir=$progdir; hive=HKLM; else
			dir="$(dirname "$appdata")/Local/Programs/Lede"; hive=HKCU; fi
		[ -f "$dir/lede.exe" ] || fail "no $dir/lede.exe"
		cmp -s "$dir/lede.exe" "$(find new -name lede.exe)" || fail "setup.exe installed another lede.exe than the MSI's"
		win=$(winpath "$dir")
		say "  $win\\lede.exe, the same as the MSI's"
		expect "$hive\\Software\\Classes\\.ledelesson" Lede.Lesson
		expect "$hive\\Software\\Classes\\Lede.Lesson\\shell\\open\\command" "\"$win\\lede.exe\" \"%1\""
		expect "$hive\\Software\\Classes\\.ledebundle" Lede.Bundle
		expect "$hive\\Software\\Classes\\Lede.Bundle\\shell\\open\\command" "\"$win\\lede.exe\" \"%1\""
		expect "$hive\\Software\\Classes\\Lede.Bundle\\DefaultIcon" "\"$win\\lede.exe\",0"
		expect "$hive\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Lede" DisplayVersion "$version"
		quiet=$(regval "$hive\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Lede" QuietUninstallString)
		lnk=$(find "$WINEPREFIX/drive_c/ProgramData" "$WINEPREFIX/drive_c/users" -path '*Start Menu/Programs/Lede.lnk' | head -1)
		[ -n "$lnk" ] || fail "no Start-menu shortcut"
		say "  Start menu: ${lnk#"$WINEPREFIX/drive_c/"}"
		say "  uninstall: $quiet"
		w "$win\\uninstall.exe" /$mode /S
		wineserver -w
		sleep 2 # the uninstaller runs from a copy in %TEMP%
		wineserver -w
		[ ! -e "$dir" ] || fail "$dir is still there after the uninstaller"
		[ ! -e "$lnk" ] || fail "the shortcut is still there"
		for k in .ledelesson .lederesults .ledebundle Lede.Lesson Lede.Results Lede.Bundle; do
			! haskey "$hive\\Software\\Classes\\$k" || fail "$hive\\Software\\Classes\\$k is still in the registry"
		done
		! haskey "$hive\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Lede" || fail "the uninstall entry is still there"
		say "  uninstalled: folder, shortcut, file types and entry gone"
	done
	{ (cd "$appdata" && find Lede -type f -exec sha256sum {} + | sort)
	  (cd "$profile" && find LedeData -type f -exec sha256sum {} + | sort); } > data-setup.sum
	cmp -s data-before.sum data-setup.sum || fail "setup.exe's uninstaller changed the user's data"
	say "  %APPDATA%\\Lede and %USERPROFILE%\\LedeData: kept, unchanged"
fi

say "test-windows: ok"
