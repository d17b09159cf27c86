#!/bin/sh
# Sign Windows files in place with osslsigncode (Authenticode, SHA-256):
# lede.exe, the MSI and setup.exe.
#
#   sh packaging/windows/sign.sh FILE...
#
# With a real code-signing certificate (a .pfx / .p12 file):
#   WINDOWS_PFX=/path/to/cert.pfx WINDOWS_PFX_PASSWORD=… sh sign.sh FILE...
# signs with it and adds an RFC 3161 timestamp from WINDOWS_TIMESTAMP_URL
# (default http://timestamp.digicert.com; needs the network), so the
# signature stays valid after the certificate expires; WINDOWS_TIMESTAMP_URL=none
# leaves the timestamp out (offline tests only).
#
# Without WINDOWS_PFX it signs with a THROW-AWAY self-signed certificate,
# made here in a temporary folder and deleted on exit, only to prove the
# pipeline: Windows does not trust it (SmartScreen still says "unknown
# publisher"), and no key is ever written into the repository or dist/.
set -eu
[ $# -gt 0 ] || { echo "usage: sign.sh FILE..." >&2; exit 2; }
command -v osslsigncode >/dev/null || { echo "sign.sh: osslsigncode is not installed (apt-get install osslsigncode)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
chmod 700 "$tmp"

if [ -n "${WINDOWS_PFX:-}" ]; then
	printf '%s' "${WINDOWS_PFX_PASSWORD:-}" > "$tmp/pass"
	set_key() { key="-pkcs12 $WINDOWS_PFX -readpass $tmp/pass"; }
	stamp="-ts ${WINDOWS_TIMESTAMP_URL:-http://timestamp.digicert.com}"
	[ "${WINDOWS_TIMESTAMP_URL:-}" != none ] || stamp=""
	verify=""
	what="the certificate in $WINDOWS_PFX"
else
	openssl req -x509 -newkey rsa:3072 -sha256 -days 7 -nodes \
		-subj "/CN=Lede test build (throw-away, not trusted)" \
		-addext "keyUsage=critical,digitalSignature" -addext "extendedKeyUsage=codeSigning" \
		-keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2>/dev/null
	set_key() { key="-certs $tmp/cert.pem -key $tmp/key.pem"; }
	stamp=""
	verify="-CAfile $tmp/cert.pem"
	what="a THROW-AWAY self-signed certificate (test only; set WINDOWS_PFX for a real one)"
fi
set_key

for f in "$@"; do
	# shellcheck disable=SC2086 # $key, $stamp and $verify are lists of options
	osslsigncode sign $key -h sha256 -n Lede -i https://github.com/lede-app/lede $stamp \
		-in "$f" -out "$tmp/signed" >/dev/null
	mv "$tmp/signed" "$f"
	# shellcheck disable=SC2086
	if osslsigncode verify $verify -in "$f" >"$tmp/verify" 2>&1; then
		echo "sign.sh: $f signed with $what; osslsigncode verify: ok"
	elif [ -n "${WINDOWS_PFX:-}" ] && ! grep -q MISMATCH "$tmp/verify"; then
		# Debian's CA list is for TLS; a code-signing root may be missing.
		echo "sign.sh: $f signed with $what; its digest verifies, its certificate chain does not against this machine's CA list (Windows has its own)"
	else
		cat "$tmp/verify" >&2
		echo "sign.sh: $f: the signature does not verify" >&2
		exit 1
	fi
done
