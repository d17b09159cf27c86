#!/bin/sh
# test-deb: install dist/lede_VERSION_ARCH.deb with apt on this machine, run
# the installed app under Xvfb, check its file types and desktop entry,
# remove it, and check that users' data is left alone. Needs root and apt;
# skips (exit 0) without them. Usage: test-deb.sh DEB
set -eu
deb=$1
if [ "$(id -u)" != 0 ]; then echo "test-deb: skipped: needs root (it installs and removes a package)"; exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then echo "test-deb: skipped: apt-get is not here (not Debian or Ubuntu)"; exit 0; fi
if [ ! -f "$deb" ]; then echo "test-deb: $deb is missing: run make package-deb"; exit 1; fi
if [ "$(dpkg-query -W -f='${Status}' lede 2>/dev/null)" = "install ok installed" ]; then
	echo "test-deb: lede is already installed; remove it first (apt-get remove lede)"; exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# The checking tools, not the package's dependencies: apt brings those.
# libfile-mimeinfo-perl gives xdg-mime the glob-based `mimetype` it uses
# outside a desktop session (otherwise it falls back to `file`).
need=""
for p in xvfb xauth xdg-utils libfile-mimeinfo-perl appstream; do dpkg -s $p >/dev/null 2>&1 || need="$need $p"; done
# shellcheck disable=SC2086 # one word per package
[ -z "$need" ] || apt-get install -y --no-install-recommends $need >/dev/null

tmp=$(mktemp -d)
installed=""
# On failure, take the package off again so the next run starts clean.
trap 'rm -rf "$tmp"; [ -z "$installed" ] || apt-get purge -y lede >/dev/null 2>&1 || true' EXIT
fail() { echo "test-deb: FAIL: $*"; exit 1; }

echo "== apt-get install $deb"
installed=yes
apt-get install -y "./$deb" | tail -n 3
[ "$(command -v lede)" = /usr/bin/lede ] || fail "lede is not /usr/bin/lede"
for f in /usr/share/applications/org.lede.app.desktop /usr/share/metainfo/org.lede.app.metainfo.xml \
	/usr/share/mime/packages/org.lede.app.xml /usr/share/icons/hicolor/256x256/apps/org.lede.app.png; do
	[ -f "$f" ] || fail "$f is not installed"
done
appstreamcli validate --no-net /usr/share/metainfo/org.lede.app.metainfo.xml

echo "== a user's data, made by the installed app"
home=$tmp/home; data=$tmp/data; mkdir -p "$home"
printf 'Name\nSam Student\n' > "$tmp/roster.csv"
HOME=$home XDG_CONFIG_HOME='' lede roster --class 7B "$tmp/roster.csv"
lede --data "$data" roster --class 7C "$tmp/roster.csv"
lede pack sample -o "$tmp/sample.ledelesson"

echo "== the installed window, under Xvfb"
HOME=$home XDG_CONFIG_HOME='' xvfb-run -a -s "-screen 0 1280x900x24" lede --data "$data" --screenshot "$tmp/installed.png"
mkdir -p dist && cp "$tmp/installed.png" dist/test-deb-screenshot.png
size=$(wc -c < dist/test-deb-screenshot.png)
[ "$size" -gt 20000 ] || fail "the screenshot is only $size bytes"
echo "dist/test-deb-screenshot.png: $size bytes"
find "$home" "$data" -type f | sort
(cd "$tmp" && find home data -type f -exec sha256sum {} + | sort) > "$tmp/before.sum"
[ -s "$tmp/before.sum" ] || fail "the app wrote no data"

echo "== file types"
got=$(xdg-mime query filetype "$tmp/sample.ledelesson")
echo "xdg-mime query filetype sample.ledelesson: $got"
[ "$got" = application/x-lede-lesson ] || fail "a .ledelesson is $got"
touch "$tmp/sam.lederesults"
got=$(xdg-mime query filetype "$tmp/sam.lederesults")
echo "xdg-mime query filetype sam.lederesults: $got"
[ "$got" = application/x-lede-results ] || fail "a .lederesults is $got"
lede --data "$tmp/bundle-data" bundle sample -o "$tmp/dept.ledebundle"
got=$(xdg-mime query filetype "$tmp/dept.ledebundle")
echo "xdg-mime query filetype dept.ledebundle: $got"
[ "$got" = application/x-lede-bundle ] || fail "a .ledebundle is $got"
for t in lesson results bundle; do
	got=$(grep -h "application/x-lede-$t=" /usr/share/applications/mimeinfo.cache 2>/dev/null || true)
	echo "mimeinfo.cache: $got"
	[ "$got" = "application/x-lede-$t=org.lede.app.desktop;" ] || fail "no desktop entry opens application/x-lede-$t"
	[ -f "/usr/share/icons/hicolor/48x48/mimetypes/application-x-lede-$t.png" ] || fail "no icon for application/x-lede-$t"
done
echo "icons: /usr/share/icons/hicolor/*/mimetypes/application-x-lede-{lesson,results,bundle}.png"

echo "== apt-get remove lede"
apt-get remove -y lede | tail -n 2
installed=""
[ ! -e /usr/bin/lede ] || fail "/usr/bin/lede is still there"
[ ! -e /usr/share/mime/packages/org.lede.app.xml ] || fail "the MIME definition is still there"
got=$(xdg-mime query filetype "$tmp/sam.lederesults")
echo "after removal, sam.lederesults is: $got"
[ "$got" != application/x-lede-results ] || fail "the MIME database still knows Lede's type"
got=$(xdg-mime query filetype "$tmp/dept.ledebundle")
echo "after removal, dept.ledebundle is: $got"
[ "$got" != application/x-lede-bundle ] || fail "the MIME database still knows Lede's bundle type"
(cd "$tmp" && find home data -type f -exec sha256sum {} + | sort) > "$tmp/after.sum"
cmp -s "$tmp/before.sum" "$tmp/after.sum" || { diff "$tmp/before.sum" "$tmp/after.sum"; fail "users' data changed on removal"; }
echo "users' data after remove: $(wc -l < "$tmp/after.sum") files, unchanged (~/.config/Lede, ~/.config/fyne and --data)"
apt-get purge -y lede >/dev/null 2>&1 || true
(cd "$tmp" && find home data -type f -exec sha256sum {} + | sort) > "$tmp/purged.sum"
cmp -s "$tmp/before.sum" "$tmp/purged.sum" || fail "users' data changed on purge"
echo "users' data after purge: unchanged"
echo "test-deb: ok"
