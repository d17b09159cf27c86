#!/bin/sh
# shellcheck disable=SC2016 # dpkg-query's ${…} formats and sh -c's "$0" are meant literally
# test-deb-clean: install dist/lede_VERSION-BUILD_ARCH.deb with apt into a
# fresh minimal Debian root (debootstrap --variant=minbase), which has none
# of Lede's libraries, so the .deb's Depends must bring everything the
# binary needs. Then run the installed app (headless commands, and its
# window under Xvfb), remove and purge it, and check a user's data is kept.
# Needs root, debootstrap, chroot and unshare, and the network to reach a
# Debian mirror; skips (exit 0) without them. Not part of `make test`.
#
# With an RPM as well, the same root then checks what test-rpm.sh cannot in
# its empty root: the .rpm's %post and %postun scriptlets, run by rpm with
# a shell and the desktop tools there (rpm -i --nodeps: rpm's database does
# not know Debian's libraries), register and unregister the file types, and
# the binary it installed runs on the libraries the .deb's Depends brought.
#
# Usage: test-deb-clean.sh DEB [RPM]
# Environment: LEDE_MIRROR (default: the first Debian mirror in
# /etc/apt/sources.list*), LEDE_SUITE (default: this system's codename).
set -eu
deb=$1
rpmfile=${2:-}
say() { echo "test-deb-clean: $*"; }
if [ "$(id -u)" != 0 ]; then say "skipped: needs root (debootstrap and chroot)"; exit 0; fi
for t in debootstrap chroot unshare dpkg-deb; do
	if ! command -v $t >/dev/null 2>&1; then
		say "skipped: $t is not installed (Debian: apt-get install debootstrap)"; exit 0
	fi
done
if [ ! -f "$deb" ]; then say "$deb is missing: run make package-deb"; exit 1; fi

# shellcheck disable=SC1091 # os-release is the running system's
suite=${LEDE_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")}
mirror=${LEDE_MIRROR:-$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
	awk '/^URIs:/ { for (i = 2; i <= NF; i++) print $i } /^deb / { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }' |
	grep -v security | grep '/debian/*$' | head -n 1)}
if [ -z "$mirror" ]; then say "skipped: no Debian mirror in /etc/apt/sources.list*; set LEDE_MIRROR"; exit 0; fi

root=$(mktemp -d /tmp/lede-clean-root.XXXXXX)
chmod 755 "$root" # mktemp's 0700 would keep apt's _apt user out of the root
# Every command in the root runs in a mount namespace of its own, so /proc
# is unmounted when it ends and removing the root never reaches the host.
inroot() { unshare --mount --propagation private sh -c 'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"' "$root" env DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }
cleanup() {
	if grep -q " $root/" /proc/mounts; then say "$root still has mounts; not removing it"; return; fi
	rm -rf "$root"
	rm -f "$root.log" "$root.apt.log" "$root.before" "$root.after"
}
trap cleanup EXIT
fail() { say "FAIL: $*"; exit 1; }

echo "== debootstrap --variant=minbase $suite $mirror"
start=$(date +%s)
if ! nice -n 15 debootstrap --variant=minbase "$suite" "$root" "$mirror" > "$root.log" 2>&1; then
	tail -n 5 "$root.log"; rm -f "$root.log"; fail "debootstrap failed"
fi
rm -f "$root.log"
echo "a $suite root in $(($(date +%s) - start)) s, $(inroot dpkg-query -W | wc -l) packages, $(du -sm "$root" | cut -f1) MB"

# The .deb's own dependencies, and a proof that the root has none of them.
depends=$(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' ')
echo "Depends: $depends"
missing=""
for p in $depends; do
	if inroot dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then :; else missing="$missing $p"; fi
done
echo "not in the fresh root:$missing"
[ "$missing" != "" ] || fail "the root already has every dependency; this would prove nothing"
inroot dpkg-query -W -f='${Package}\n' | sort > "$root.before"

echo "== apt-get install --no-install-recommends ./$(basename "$deb")   (its Depends only)"
cp "$deb" "$root/tmp/lede.deb"
inroot apt-get update -q > /dev/null
inroot apt-get install -y --no-install-recommends /tmp/lede.deb > "$root.apt.log" 2>&1 || { tail -n 20 "$root.apt.log"; rm -f "$root.apt.log"; fail "apt-get install failed"; }
grep -E '^(Need to get|After this operation|Setting up lede)' "$root.apt.log" || true
rm -f "$root.apt.log"
inroot dpkg-query -W -f='${Package}\n' | sort > "$root.after"
echo "apt added $(comm -13 "$root.before" "$root.after" | wc -l) packages: $(comm -13 "$root.before" "$root.after" | tr '\n' ' ')"
rm -f "$root.before" "$root.after"
[ -x "$root/usr/bin/lede" ] || fail "/usr/bin/lede is not installed"
echo "installed: $(inroot dpkg-query -W -f='${Package} ${Version} ${Status}' lede)"

echo "== the binary's libraries, in the root"
notfound=$(inroot ldd /usr/bin/lede | grep 'not found' || true)
[ -z "$notfound" ] || fail "ldd: $notfound"
inroot ldd /usr/bin/lede | awk '{ print "ldd: " $1 " => " $3 }'
# GLFW opens these with dlopen when the window starts; ldd does not see them.
for so in libXcursor.so.1 libXrandr.so.2 libXinerama.so.1 libXi.so.6 libXxf86vm.so.1 libXrender.so.1; do
	inroot ldconfig -p | grep -q "$so " || fail "$so (opened by GLFW at run time) is not in the root"
done
echo "dlopen'ed by GLFW, present: libXcursor.so.1 libXrandr.so.2 libXinerama.so.1 libXi.so.6 libXxf86vm.so.1 libXrender.so.1"

echo "== the installed app's headless commands, as a user"
# A user's home in the root; the app writes ~/.config/Lede and a --data folder.
mkdir -p "$root/home/student"
printf 'Name\nSam Student\n' > "$root/tmp/roster.csv"
inroot env HOME=/home/student lede quiz sample > "$root/tmp/quiz.json" 2> /dev/null
n=$(grep -c '"prompt"' "$root/tmp/quiz.json" || true)
echo "lede quiz sample: $n questions"
[ "$n" -gt 0 ] || fail "lede quiz sample printed no questions"
inroot env HOME=/home/student lede roster --class 7B /tmp/roster.csv 2> /dev/null
inroot env HOME=/home/student lede --data /home/student/lede-data roster --class 7C /tmp/roster.csv 2> /dev/null
inroot env HOME=/home/student lede pack sample -o /tmp/sample.ledelesson 2> /dev/null
[ -s "$root/tmp/sample.ledelesson" ] || fail "lede pack sample wrote nothing"
echo "lede pack sample: $(wc -c < "$root/tmp/sample.ledelesson") bytes"

echo "== the installed window, under Xvfb (xvfb and xauth added to the root for the test)"
inroot apt-get install -y --no-install-recommends xvfb xauth > /dev/null 2>&1 || fail "could not install xvfb in the root"
inroot env HOME=/home/student xvfb-run -a -s "-screen 0 1280x900x24" lede --data /home/student/lede-data --screenshot /tmp/installed.png 2> /dev/null
size=$(wc -c < "$root/tmp/installed.png")
[ "$size" -gt 20000 ] || fail "the screenshot is only $size bytes"
mkdir -p dist && cp "$root/tmp/installed.png" dist/test-deb-clean-screenshot.png
echo "dist/test-deb-clean-screenshot.png: $size bytes"

echo "== Recommends: shared-mime-info and desktop-file-utils register the file types"
inroot apt-get install -y --no-install-recommends shared-mime-info desktop-file-utils > /dev/null 2>&1 || fail "could not install the Recommends"
for t in lesson results bundle; do
	grep -q "application/x-lede-$t:" "$root/usr/share/mime/globs2" || fail "the MIME database does not know application/x-lede-$t"
	grep -q "^application/x-lede-$t=org.lede.app.desktop;" "$root/usr/share/applications/mimeinfo.cache" || fail "no desktop entry opens application/x-lede-$t"
done
grep -h 'x-lede' "$root/usr/share/mime/globs2" | sed 's/^/globs2: /'

(cd "$root/home/student" && find . -type f -exec sha256sum {} + | sort) > "$root/tmp/before.sum"
echo "the user's data: $(wc -l < "$root/tmp/before.sum") files"
sed 's/^[0-9a-f]*  /  /' "$root/tmp/before.sum"

echo "== apt-get remove lede"
inroot apt-get remove -y lede 2>&1 | grep -E '^Removing' || fail "apt-get remove lede"
[ ! -e "$root/usr/bin/lede" ] || fail "/usr/bin/lede is still there"
[ ! -e "$root/usr/share/mime/packages/org.lede.app.xml" ] || fail "the MIME definition is still there"
! grep -q 'x-lede' "$root/usr/share/mime/globs2" || fail "the MIME database still has Lede's types"
! grep -q 'x-lede' "$root/usr/share/applications/mimeinfo.cache" 2>/dev/null || fail "mimeinfo.cache still has Lede's types"
echo "gone: /usr/bin/lede, the MIME definition, Lede's globs and mimeinfo.cache lines"
(cd "$root/home/student" && find . -type f -exec sha256sum {} + | sort) > "$root/tmp/after.sum"
cmp -s "$root/tmp/before.sum" "$root/tmp/after.sum" || { diff "$root/tmp/before.sum" "$root/tmp/after.sum" || true; fail "the user's data changed on removal"; }
echo "the user's data after remove: unchanged (SHA-256 of $(wc -l < "$root/tmp/after.sum") files)"
inroot apt-get purge -y lede > /dev/null 2>&1 || true
(cd "$root/home/student" && find . -type f -exec sha256sum {} + | sort) > "$root/tmp/purged.sum"
cmp -s "$root/tmp/before.sum" "$root/tmp/purged.sum" || fail "the user's data changed on purge"
echo "the user's data after purge: unchanged"

if [ -n "$rpmfile" ]; then
	echo "== the .rpm in the same root: rpm -i --nodeps, with its scriptlets"
	inroot apt-get install -y --no-install-recommends rpm > /dev/null 2>&1 || fail "could not install rpm in the root"
	echo "$(inroot rpm --version) (Debian's rpm package, added to the root)"
	cp "$rpmfile" "$root/tmp/lede.rpm"
	rpmq() { inroot rpm --dbpath /var/lib/rpm "$@" 2>&1 | grep -v -e 'should not be used directly' -e 'assuming you know what you are doing' || true; }
	inroot rpm --dbpath /var/lib/rpm --initdb
	out=$(rpmq -i --nodeps /tmp/lede.rpm)
	[ -z "$out" ] || { echo "$out"; fail "rpm -i printed the above (a scriptlet failed?)"; }
	[ "$(rpmq -q lede)" = "$(rpm -qp "$rpmfile" 2>/dev/null)" ] || fail "rpm -q lede: $(rpmq -q lede)"
	echo "rpm -q lede: $(rpmq -q lede); %post ran without a word"
	for t in lesson results bundle; do
		grep -q "application/x-lede-$t:" "$root/usr/share/mime/globs2" || fail "after %post, no glob for application/x-lede-$t"
		grep -q "^application/x-lede-$t=org.lede.app.desktop;" "$root/usr/share/applications/mimeinfo.cache" || fail "after %post, no desktop entry for application/x-lede-$t"
	done
	echo "after %post: globs2 and mimeinfo.cache have Lede's three types"
	n=$(inroot env HOME=/home/student lede quiz sample 2> /dev/null | grep -c '"prompt"' || true)
	[ "$n" -gt 0 ] || fail "the rpm's lede quiz sample printed no questions"
	echo "the rpm's /usr/bin/lede quiz sample: $n questions"
	inroot env HOME=/home/student xvfb-run -a -s "-screen 0 1280x900x24" lede --data /home/student/lede-data --screenshot /tmp/rpm.png 2> /dev/null
	size=$(wc -c < "$root/tmp/rpm.png")
	[ "$size" -gt 20000 ] || fail "the rpm's screenshot is only $size bytes"
	echo "the rpm's lede --screenshot under Xvfb: $size bytes"
	(cd "$root/home/student" && find . -type f -exec sha256sum {} + | sort) > "$root/tmp/rpm-before.sum"
	out=$(rpmq -e lede)
	[ -z "$out" ] || { echo "$out"; fail "rpm -e printed the above"; }
	[ ! -e "$root/usr/bin/lede" ] || fail "/usr/bin/lede is still there after rpm -e"
	! grep -q 'x-lede' "$root/usr/share/mime/globs2" || fail "after %postun, globs2 still has Lede's types"
	! grep -q 'x-lede' "$root/usr/share/applications/mimeinfo.cache" 2>/dev/null || fail "after %postun, mimeinfo.cache still has Lede's types"
	echo "rpm -e lede: /usr/bin/lede gone; after %postun globs2 and mimeinfo.cache have no Lede type"
	(cd "$root/home/student" && find . -type f -exec sha256sum {} + | sort) > "$root/tmp/rpm-after.sum"
	cmp -s "$root/tmp/rpm-before.sum" "$root/tmp/rpm-after.sum" || fail "the user's data changed on rpm -e"
	echo "the user's data after rpm -e: unchanged (SHA-256 of $(wc -l < "$root/tmp/rpm-after.sum") files)"
fi
say "ok ($(($(date +%s) - start)) s)"
