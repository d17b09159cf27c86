#!/bin/sh
# Check that a built lede.exe carries what resources.sh gave it: the icon,
# the manifest, and a version resource whose product name, product version
# and file version are FyneApp.toml's. Needs wrestool (icoutils).
#
#   sh packaging/windows/check-exe.sh dist/lede.exe
set -eu
exe=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
toml() { sed -n "s/^$1 *= *\"\{0,1\}\([^\"]*\)\"\{0,1\} *\$/\1/p" "$root/FyneApp.toml" | head -1; }
fail() { echo "check-exe: FAIL: $exe: $*" >&2; exit 1; }
command -v wrestool >/dev/null || { echo "check-exe: skipped: wrestool is not installed (apt-get install icoutils)"; exit 0; }

list=$(wrestool -l "$exe")
for t in icon group_icon version; do
	echo "$list" | grep -q "type=$t " || fail "no $t resource"
done
echo "$list" | grep -q "type=24 " || fail "no manifest (resource type 24)"
# The version resource's strings: each key (after its binary length and
# type words) then its value, NUL-separated UTF-16.
strings=$(wrestool -x --raw -t version "$exe" | iconv -f UTF-16LE -t UTF-8 2>/dev/null | tr '\000' '\n' | grep -v '^[[:space:]]*$' || true)
value() { echo "$strings" | awk -v k="$1" 'substr($0, length($0) - length(k) + 1) == k { getline; print; exit }'; }
name=$(value ProductName)
version=$(value ProductVersion)
file=$(value FileVersion)
[ "$name" = "$(toml Name)" ] || fail "ProductName is '$name', FyneApp.toml says '$(toml Name)'"
[ "$version" = "$(toml Version)" ] || fail "ProductVersion is '$version', FyneApp.toml says '$(toml Version)'"
[ "$file" = "$(toml Version).$(toml Build)" ] || fail "FileVersion is '$file', not Version.Build from FyneApp.toml"
icons=$(echo "$list" | grep -c "type=icon ")
echo "check-exe: $exe: ProductName $name, ProductVersion $version, FileVersion $file, $icons icon sizes, manifest: ok"
