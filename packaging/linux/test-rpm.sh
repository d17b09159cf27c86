#!/bin/sh
# test-rpm: install dist/lede-VERSION-BUILD.ARCH.rpm with rpm (Debian's rpm
# package) into an empty scratch root, check that its files, desktop entry
# and MIME definition land where packaging/linux/nfpm.yaml puts them, run
# the installed binary, erase the package, and check a user's data is kept.
#
# What it proves: the .rpm is well formed, rpm 4.18 installs, verifies and
# erases it, its Requires are the sonames in nfpm.yaml, and its files are
# the right ones. What it does not: rpm here resolves no dependencies
# (--nodeps: the scratch root has no libraries), the scriptlets do not run
# (the root has no /bin/sh; the host's update-mime-database stands in for
# %post), and no RPM-based distribution (Fedora, openSUSE) is involved.
#
# Needs root (the files are owned by root) and rpm; installs rpm with apt
# when it is missing; skips (exit 0) otherwise. Not part of `make test`.
# Usage: test-rpm.sh RPM
set -eu
pkg=$1
say() { echo "test-rpm: $*"; }
if [ "$(id -u)" != 0 ]; then say "skipped: needs root (the package's files are root's)"; exit 0; fi
if ! command -v rpm >/dev/null 2>&1; then
	if command -v apt-get >/dev/null 2>&1; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends rpm > /dev/null
	else
		say "skipped: rpm is not installed"; exit 0
	fi
fi
if [ ! -f "$pkg" ]; then say "$pkg is missing: run make package-rpm"; exit 1; fi

root=$(mktemp -d /tmp/lede-rpmroot.XXXXXX)
trap 'rm -rf "$root"; rm -f "$root.out" "$root.post"' EXIT
fail() { say "FAIL: $*"; exit 1; }
# /var/lib/rpm, where Fedora keeps it (Debian's rpm defaults to ~/.rpmdb).
# Debian's rpm warns "use Alien instead" on every install; that line is left out.
r() {
	st=0; rpm --root "$root" --dbpath /var/lib/rpm "$@" > "$root.out" 2>&1 || st=$?
	grep -v -e 'should not be used directly' -e 'assuming you know what you are doing' "$root.out" || true
	rm -f "$root.out"; return $st
}

echo "== $(rpm --version), an empty root"
rpm --root "$root" --dbpath /var/lib/rpm --initdb
echo "Requires: $(rpm -qp --requires "$pkg" 2>/dev/null | grep -v '^rpmlib' | tr '\n' ' ')"

echo "== rpm -i (the root has none of those libraries)"
if rpm --root "$root" --dbpath /var/lib/rpm -i "$pkg" > "$root.out" 2>&1; then rm -f "$root.out"; fail "rpm installed it without its libraries"; fi
grep -c 'is needed by' "$root.out" | sed 's/$/ unmet Requires, as expected: rpm refuses/'
rm -f "$root.out"

echo "== rpm -i --nodeps --noscripts"
r -i --nodeps --noscripts "$pkg"
got=$(r -qa)
[ "$got" = "$(rpm -qp "$pkg" 2>/dev/null)" ] || fail "rpm -qa: $got"
echo "rpm -qa: $got; rpm -qf /usr/bin/lede: $(r -qf /usr/bin/lede)"
out=$(r -V --nodeps lede) || { echo "$out"; fail "rpm -V"; }
[ -z "$out" ] || { echo "$out"; fail "rpm -V"; }
echo "rpm -V --nodeps lede: every file's size, digest, mode and owner as packaged"

echo "== the files, against packaging/linux/nfpm.yaml"
[ "$(stat -c '%a %U' "$root/usr/bin/lede")" = "755 root" ] || fail "/usr/bin/lede is $(stat -c '%a %U' "$root/usr/bin/lede")"
echo "/usr/bin/lede: mode 755, root"
if [ -f dist/Lede.tar.xz ]; then
	tarsum=$(tar -xJOf dist/Lede.tar.xz lede/usr/local/bin/lede | sha256sum | cut -d' ' -f1)
	[ "$(sha256sum < "$root/usr/bin/lede" | cut -d' ' -f1)" = "$tarsum" ] || fail "/usr/bin/lede is not dist/Lede.tar.xz's binary"
	echo "/usr/bin/lede: the same binary as dist/Lede.tar.xz (SHA-256 $tarsum)"
fi
cmp -s "$root/usr/share/applications/org.lede.app.desktop" packaging/linux/org.lede.app.desktop || fail "the desktop entry differs from packaging/linux/org.lede.app.desktop"
grep -qx 'Exec=lede %f' "$root/usr/share/applications/org.lede.app.desktop" || fail "desktop entry: no Exec=lede %f"
grep -qx 'MimeType=application/x-lede-lesson;application/x-lede-results;application/x-lede-bundle;' "$root/usr/share/applications/org.lede.app.desktop" || fail "desktop entry: MimeType"
if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate "$root/usr/share/applications/org.lede.app.desktop"; fi
grep -E '^(Exec|MimeType|Icon)=' "$root/usr/share/applications/org.lede.app.desktop" | sed 's,^,/usr/share/applications/org.lede.app.desktop: ,'
cmp -s "$root/usr/share/mime/packages/org.lede.app.xml" assets/linux/org.lede.app.xml || fail "the MIME XML differs from assets/linux/org.lede.app.xml"
echo "/usr/share/mime/packages/org.lede.app.xml: assets/linux/org.lede.app.xml"
if command -v appstreamcli >/dev/null 2>&1; then appstreamcli validate --no-net "$root/usr/share/metainfo/org.lede.app.metainfo.xml" > /dev/null || fail "appstreamcli validate"; fi
echo "/usr/share/metainfo/org.lede.app.metainfo.xml: $(grep -o '<release version="[^"]*"' "$root/usr/share/metainfo/org.lede.app.metainfo.xml")"
n=0
for s in 16 22 24 32 48 64 128 256 512; do
	for f in apps/org.lede.app.png mimetypes/application-x-lede-lesson.png mimetypes/application-x-lede-results.png mimetypes/application-x-lede-bundle.png; do
		[ -s "$root/usr/share/icons/hicolor/${s}x$s/$f" ] || fail "no /usr/share/icons/hicolor/${s}x$s/$f"
		n=$((n + 1))
	done
done
echo "icons: $n (9 sizes, the app's and the three file types')"
echo "package holds $(rpm -qpl "$pkg" 2>/dev/null | wc -l) paths, scriptlets: $(rpm -qp --scripts "$pkg" 2>/dev/null | grep -c 'scriptlet (using /bin/sh)') (post-install, post-uninstall; not run here)"
rpm -qp --scripts "$pkg" 2>/dev/null | awk '/^postinstall scriptlet/ { p = 1; next } /scriptlet/ { p = 0 } p' > "$root.post"
# (rpm -qp --scripts ends each scriptlet with an empty line; $(…) drops it)
[ "$(cat "$root.post")" = "$(cat packaging/linux/postinstall.sh)" ] || { rm -f "$root.post"; fail "the %post scriptlet is not packaging/linux/postinstall.sh"; }
rpm -qp --scripts "$pkg" 2>/dev/null | awk '/^postuninstall scriptlet/ { p = 1; next } /scriptlet/ { p = 0 } p' > "$root.post"
[ "$(cat "$root.post")" = "$(cat packaging/linux/postremove.sh)" ] || { rm -f "$root.post"; fail "the %postun scriptlet is not packaging/linux/postremove.sh"; }
rm -f "$root.post"
echo "%post is packaging/linux/postinstall.sh, %postun packaging/linux/postremove.sh"
# What %post would do on a desktop: the host's update-mime-database over the root.
update-mime-database "$root/usr/share/mime" 2>/dev/null || fail "update-mime-database"
for t in lesson results bundle; do grep -q "application/x-lede-$t:" "$root/usr/share/mime/globs2" || fail "no glob for application/x-lede-$t"; done
grep -h 'x-lede' "$root/usr/share/mime/globs2" | sed 's/^/globs2 (host update-mime-database on the root): /'

echo "== the installed binary, run from the root on this machine's libraries"
home=$root/home/student; mkdir -p "$home"
printf 'Name\nSam Student\n' > "$root/roster.csv"
HOME=$home XDG_CONFIG_HOME='' "$root/usr/bin/lede" roster --class 7B "$root/roster.csv" 2> /dev/null
n=$(HOME=$home XDG_CONFIG_HOME='' "$root/usr/bin/lede" quiz sample 2> /dev/null | grep -c '"prompt"' || true)
[ "$n" -gt 0 ] || fail "lede quiz sample printed no questions"
echo "lede quiz sample: $n questions"
(cd "$home" && find . -type f -exec sha256sum {} + | sort) > "$root/before.sum"

echo "== rpm -e --noscripts lede"
r -e --nodeps --noscripts lede
[ -z "$(r -qa)" ] || fail "rpm -qa still lists $(r -qa)"
left=0
for f in $(rpm -qpl "$pkg" 2>/dev/null); do [ -d "$root$f" ] || [ ! -e "$root$f" ] || { echo "left: $f"; left=$((left + 1)); }; done
[ "$left" = 0 ] || fail "$left files left after rpm -e"
echo "rpm -qa: empty; none of the package's files is left"
(cd "$home" && find . -type f -exec sha256sum {} + | sort) > "$root/after.sum"
cmp -s "$root/before.sum" "$root/after.sum" || fail "the user's data changed on rpm -e"
echo "the user's data after rpm -e: unchanged (SHA-256 of $(wc -l < "$root/after.sum") files)"
say ok
