#!/bin/sh
# Windows resources for lede.exe, from FyneApp.toml (the one source of
# truth): the icon, the version information (product name, version) and an
# application manifest. Writes OUTDIR/lede.ico and OUTDIR/rsrc.o, a COFF
# object made by mingw's windres, which `make package-windows` hands to the
# linker with -extldflags: nothing is written next to the Go sources, so a
# Linux build running at the same time never sees a Windows object.
#
#   sh packaging/windows/resources.sh OUTDIR
set -eu
out=${1:?usage: resources.sh OUTDIR}
cd "$(dirname "$0")/../.."
toml() { sed -n "s/^$1 *= *\"\{0,1\}\([^\"]*\)\"\{0,1\} *\$/\1/p" FyneApp.toml | head -1; }
name=$(toml Name)
version=$(toml Version)
build=$(toml Build)
icon=$(toml Icon)
website=$(toml Website)
if [ -z "$name" ] || [ -z "$version" ] || [ -z "$build" ] || [ -z "$icon" ]; then
	echo "resources.sh: FyneApp.toml lacks Name, Version, Build or Icon" >&2
	exit 1
fi
# 0.1.0 and build 1 -> 0,1,0,1 (Windows shows "0.1.0.1" as the file version)
major=$(echo "$version" | cut -d. -f1)
minor=$(echo "$version" | cut -d. -f2)
patch=$(echo "$version" | cut -d. -f3 | sed 's/[^0-9].*//')
numeric="${major:-0},${minor:-0},${patch:-0},$build"
dotted="${major:-0}.${minor:-0}.${patch:-0}.$build"

mkdir -p "$out"
# The icon in the sizes Explorer asks for; 256 is stored as PNG inside.
convert "$icon" -define icon:auto-resize=256,64,48,32,24,16 "$out/lede.ico"

cat > "$out/lede.exe.manifest" <<MANIFEST
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">
  <assemblyIdentity version="$dotted" processorArchitecture="amd64" name="$(toml ID)" type="win32"/>
  <description>$name</description>
  <trustInfo xmlns="urn:schemas-microsoft-com:asm.v3">
    <security><requestedPrivileges>
      <requestedExecutionLevel level="asInvoker" uiAccess="false"/>
    </requestedPrivileges></security>
  </trustInfo>
</assembly>
MANIFEST

# Icon 1 is the one Explorer shows for the file and the installer's
# shortcuts and file types use (lede.exe,0).
cat > "$out/lede.rc" <<RC
#include <winver.h>
1 ICON "lede.ico"
1 24 "lede.exe.manifest"
VS_VERSION_INFO VERSIONINFO
 FILEVERSION $numeric
 PRODUCTVERSION $numeric
 FILEFLAGSMASK VS_FFI_FILEFLAGSMASK
 FILEFLAGS 0
 FILEOS VOS_NT_WINDOWS32
 FILETYPE VFT_APP
 FILESUBTYPE VFT2_UNKNOWN
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "Comments", "$website"
      VALUE "FileDescription", "$name"
      VALUE "FileVersion", "$dotted"
      VALUE "InternalName", "lede"
      VALUE "OriginalFilename", "lede.exe"
      VALUE "ProductName", "$name"
      VALUE "ProductVersion", "$version"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
RC
(cd "$out" && x86_64-w64-mingw32-windres -O coff -i lede.rc -o rsrc.o)
echo "resources.sh: $out/rsrc.o: $name $version (file version $dotted), icon $icon"
