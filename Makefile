# Lede — build, run and test. `make run` and `make test` are the README's
# Quick start; `.ci/run` calls `make test` on a fresh machine.

GO     ?= go
# clang builds go-gl's cgo code about twice as fast as gcc.
CC     ?= $(shell command -v clang >/dev/null 2>&1 && echo clang || echo gcc)
export CC

# System packages Fyne's window needs on Debian/Ubuntu, and Xvfb for the
# headless smoke test.
DEB_PACKAGES = gcc clang pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev \
	libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev xvfb xauth

SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Build tags of the app itself. no_animations turns off Fyne's animations,
# the blinking text cursor above all: each blink repaints the whole window,
# which cost a fifth of a core while a student only read (docs/benchmarks.md).
# cmd/lede refuses to build without it, so no build forgets it.
APP_TAGS = no_animations

# The version (VERSION, read from FyneApp.toml below) for Help › About in
# builds that fyne package does not make.
APP_LDFLAGS = -X main.version=$(VERSION)

.PHONY: test-tarxz run deps test test-unit test-smoke vet build screenshots screenshots-real screenshot-laptop screenshot-menu screenshot-teacher-menu package package-linux package-windows windows-tools package-msi package-setup test-windows linux-file-types linux-root package-deb package-rpm test-deb test-deb-clean test-rpm package-darwin package-dmg release lint-workflows clean

## run: install what Fyne needs (when apt is available), then open Lede on the sample lesson
run: deps
	$(GO) run -tags $(APP_TAGS) -ldflags "$(APP_LDFLAGS)" ./cmd/lede

## deps: install the system packages Fyne needs, if any are missing
deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if command -v apt-get >/dev/null 2>&1; then \
			echo "Installing: $$missing"; \
			$(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends $$missing; \
		else \
			echo "Please install the equivalents of: $$missing"; \
		fi; \
	fi

## test: the whole suite: vet, formatting, unit and UI tests, then the real window under Xvfb
test: deps vet test-unit test-smoke

vet:
	@unformatted=$$(gofmt -l cmd ui data assets); \
	if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi
	$(GO) vet -tags ci ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 -tags ci ./...

## test-unit: every package, with Fyne's software driver (no display needed)
test-unit:
	$(GO) test -tags ci -count=1 -timeout 20m ./...

## test-smoke: build the real binary and render its window under Xvfb
test-smoke:
	LEDE_REQUIRE_DISPLAY=1 xvfb-run -a -s "-screen 0 1280x900x24" $(GO) test -tags $(APP_TAGS) -count=1 -run TestSmoke ./cmd/lede

build:
	$(GO) build -tags $(APP_TAGS) -ldflags "$(APP_LDFLAGS)" -o lede ./cmd/lede

## screenshots: refresh docs/screenshot*.png from the real window (each in an
## empty HOME: a student's View settings saved on this computer must not show)
screenshots: build
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --screenshot docs/screenshot.png --question qef99c8e977 --answer "No, they don't"
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme dark --screenshot docs/screenshot-dark.png --question q8462cef649 --answer "about 36,000"
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --screenshot docs/screenshot-right-why.png --question q8462cef649 --answer "thirty-six thousand four hundred and forty-six"
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --screenshot docs/screenshot-trap.png --question q5d8e884032 --answer "The article gives the same person a different job title"
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --screenshot docs/screenshot-review.png --question q8462cef649 --answer "about 36,000" --show review
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --screenshot docs/screenshot-dashboard.png --show dashboard
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --screenshot docs/screenshot-review-by-question.png --show review-by-question
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --screenshot docs/screenshot-end.png --question qef99c8e977 --answer "No, they don't" --show end
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1366x768x24" ./lede --theme light --text-scale 2 --screenshot docs/screenshot-end-200.png --question qef99c8e977 --answer "No, they don't" --show end
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --font OpenDyslexic --screenshot docs/screenshot-dyslexic-font.png --question qef99c8e977 --answer "No, they don't"
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --text-scale 1.5 --screenshot docs/screenshot-150.png --question q5d8e884032 --answer "The article gives the same person a different job title"
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme high-contrast --screenshot docs/screenshot-high-contrast.png --question q5d8e884032 --answer "The article gives the same person a different job title"

## screenshots-real: two real articles of the development set (../shared,
## evaluation only, not shipped): a BBC article with its headline and a
## body pasted without one
screenshots-real: build
	@if [ ! -d ../shared/eval/articles ]; then echo "../shared is not here: skipped"; exit 0; fi; \
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --screenshot docs/screenshot-bbc.png --question 1 \
		--answer "People the article does not name" ../shared/eval/articles/bbc-politics-141.txt && \
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --screenshot docs/screenshot-pasted.png --question 2 \
		--answer "People the article does not name" ../shared/eval/articles/fnc1-body-186.txt && \
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x900x24" ./lede --theme light --screenshot docs/screenshot-traps.png --show facts \
		../shared/eval/articles/fnc1-body-273.txt

## screenshot-menu: the live window's View menu, opened with the keyboard
## only (Alt, Right, Down), as a student without a mouse would
screenshot-menu: build
	xvfb-run -a -s "-screen 0 1280x900x24" bash -c 'export HOME=$$(mktemp -d); ./lede --theme light & pid=$$!; sleep 4; \
		wid=$$(xdotool search --name Lede | head -1); xdotool windowsize $$wid 1280 860; xdotool windowmove $$wid 0 0; sleep 1; \
		xdotool key --window $$wid alt; sleep 0.7; xdotool key --window $$wid Right; sleep 0.7; xdotool key --window $$wid Down; sleep 0.7; \
		import -window root docs/screenshot-view-menu.png; kill $$pid'

## screenshot-teacher-menu: the Teacher menu and its This lesson submenu
## at View's 200 % text on a 1366x768 screen, opened with the keyboard
## only: a teacher PIN chosen, the recovery code closed, Ctrl+= ten times
screenshot-teacher-menu: build
	xvfb-run -a -s "-screen 0 1366x768x24" bash -c 'export HOME=$$(mktemp -d); ./lede --theme light & pid=$$!; sleep 4; \
		wid=$$(xdotool search --name Lede | head -1); xdotool windowmove $$wid 0 0; sleep 1; \
		xdotool key --delay 300 alt+t Down Return; sleep 1; xdotool type 4821; xdotool key Tab; xdotool type 4821; xdotool key Return; sleep 1.5; \
		xdotool key --delay 300 Return Return; sleep 1; for i in 1 2 3 4 5 6 7 8 9 10; do xdotool key ctrl+equal; sleep 0.2; done; sleep 1; \
		xdotool key --delay 400 alt+t Down Down Down Right; sleep 1; \
		import -window root docs/screenshot-teacher-menu-200.png; kill $$pid'

## screenshot-laptop: the real window on a 1366x768 screen (the commonest
## school laptop), driven by the keyboard: a student signs in and checks an
## answer; the whole screen is captured (needs xdotool and ImageMagick)
screenshot-laptop: build
	rm -rf /tmp/lede-laptop && xvfb-run -a -s "-screen 0 1366x768x24" sh -c '\
	./lede --data /tmp/lede-laptop --theme light & pid=$$!; sleep 4; \
	w=$$(xdotool search --name Lede | head -1); xdotool windowmove $$w 0 0 windowsize $$w 1366 768; sleep 1; \
	xdotool windowfocus $$w type "Sam Student"; xdotool key Return; sleep 1.5; \
	xdotool type no; xdotool key Return; sleep 1.5; \
	import -window root docs/screenshot-laptop-1366x768.png; kill $$pid'

# Packaging reads FyneApp.toml next to the main package, so the root file,
# the one source of truth, is copied there first.
FYNE = $(GO) run fyne.io/tools/cmd/fyne@v1.7.4

## package: the Linux package and the Windows .exe, in dist/
package: package-linux package-windows

## package-linux: a .tar.xz with the binary, icon and desktop file
package-linux:
	cp FyneApp.toml cmd/lede/FyneApp.toml
	cp assets/icon.png cmd/lede/Icon.png
	cd cmd/lede && GOFLAGS="-ldflags=-X=main.version=$(VERSION)" $(FYNE) package --os linux --release --tags $(APP_TAGS) --icon Icon.png
	mkdir -p dist && mv cmd/lede/*.tar.xz dist/
	rm -f cmd/lede/FyneApp.toml cmd/lede/Icon.png cmd/lede/fyne_metadata_init.go
	$(MAKE) linux-file-types

# linux-file-types: teach the desktop which files are Lede's, so that a
# double-clicked lesson pack opens in Lede: the desktop entry takes a file
# (%f) and lists the MIME types, whose definition ships beside it, and the
# package's install targets register them.
linux-file-types:
	rm -rf dist/pkg && mkdir -p dist/pkg && tar -xJf dist/Lede.tar.xz -C dist/pkg
	cd dist/pkg/lede && \
	sed -i -e 's,^Exec=lede$$,Exec=lede %f,' usr/local/share/applications/org.lede.app.desktop && \
	echo 'MimeType=application/x-lede-lesson;application/x-lede-results;application/x-lede-bundle;' >> usr/local/share/applications/org.lede.app.desktop && \
	install -Dm00644 ../../../assets/linux/org.lede.app.xml usr/local/share/mime/packages/org.lede.app.xml && \
	cat ../../../packaging/linux/tarball-mime.mk >> Makefile
	tar -cJf dist/Lede.tar.xz -C dist/pkg lede && rm -rf dist/pkg

## package-windows: cross-build lede.exe with mingw-w64, carrying the icon,
## version and product name from FyneApp.toml in its resources
package-windows:
	$(SUDO) sh -c 'dpkg -s gcc-mingw-w64-x86-64 icoutils >/dev/null 2>&1 || (apt-get update && apt-get install -y gcc-mingw-w64-x86-64 icoutils)'
	@convert -version 2>/dev/null | grep -q ImageMagick || $(SUDO) apt-get install -y --no-install-recommends imagemagick
	rm -rf dist/windows && mkdir -p dist/windows
	sh packaging/windows/resources.sh dist/windows
	CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 GOOS=windows GOARCH=amd64 \
		$(GO) build -tags $(APP_TAGS) -ldflags "-H=windowsgui $(APP_LDFLAGS) $(WINDOWS_RESOURCES)" -o dist/lede.exe ./cmd/lede
	sh packaging/windows/check-exe.sh dist/lede.exe
	$(WINDOWS_SIGN_CMD) dist/lede.exe

# The resources (packaging/windows/resources.sh: icon, version, manifest)
# go to the linker as an object file, not as a .syso next to main.go: a
# Linux build of cmd/lede running at the same time never sees them.
WINDOWS_RESOURCES = -linkmode=external -extldflags=$(CURDIR)/dist/windows/rsrc.o

# Signing (packaging/windows/sign.sh, osslsigncode): WINDOWS_SIGN=yes signs
# lede.exe, the MSI and setup.exe with the certificate in WINDOWS_PFX
# (password in WINDOWS_PFX_PASSWORD), or, without one, with a throw-away
# self-signed certificate made in a temporary folder (test builds only).
# The default: sign when WINDOWS_PFX is set; make release always signs.
WINDOWS_SIGN ?= $(if $(WINDOWS_PFX),yes,no)
WINDOWS_SIGN_CMD = $(if $(filter yes,$(WINDOWS_SIGN)),sh packaging/windows/sign.sh,@echo "not signed (WINDOWS_SIGN=$(WINDOWS_SIGN)):")
WINDOWS_MSI   = dist/lede-$(VERSION)-x64.msi
WINDOWS_SETUP = dist/lede-$(VERSION)-setup.exe

# windows-tools: msitools' wixl, NSIS, osslsigncode, icoutils, and wine
# for test-windows (Debian's packages).
windows-tools:
	$(SUDO) sh -c 'dpkg -s wixl msitools nsis osslsigncode icoutils wine wine64 >/dev/null 2>&1 || (apt-get update && apt-get install -y --no-install-recommends wixl msitools nsis osslsigncode icoutils wine wine64)'

## package-msi: dist/lede-VERSION-x64.msi for IT (msiexec /i … /qn): Program
## Files, Start menu, file types, upgrades (wixl, packaging/windows/lede.wxs)
package-msi:
	@[ -f dist/lede.exe ] && [ -f dist/windows/lede.ico ] || $(MAKE) package-windows
	@command -v wixl >/dev/null || $(SUDO) apt-get install -y --no-install-recommends wixl msitools
	wixl -a x64 -D Version=$(VERSION) -D Exe=dist/lede.exe -D Icon=dist/windows/lede.ico -o $(WINDOWS_MSI) packaging/windows/lede.wxs
	$(WINDOWS_SIGN_CMD) $(WINDOWS_MSI)

## package-setup: dist/lede-VERSION-setup.exe for a teacher: for everyone
## or only for them, setup.exe /S silent (NSIS, packaging/windows/lede.nsi)
package-setup:
	@[ -f dist/lede.exe ] && [ -f dist/windows/lede.ico ] || $(MAKE) package-windows
	@command -v makensis >/dev/null || $(SUDO) apt-get install -y --no-install-recommends nsis
	makensis -V2 -DVERSION=$(VERSION) -DFILEVERSION=$(VERSION).$(RELEASE) -DICON=$(CURDIR)/dist/windows/lede.ico \
		-DEXE=$(CURDIR)/dist/lede.exe -DOUTFILE=$(CURDIR)/$(WINDOWS_SETUP) packaging/windows/lede.nsi
	$(WINDOWS_SIGN_CMD) $(WINDOWS_SETUP)

## test-windows: install the MSI (and setup.exe) silently in a fresh Wine
## prefix under Xvfb, run lede.exe, upgrade, uninstall, check the user's
## data is kept (skips without wine or wixl; not part of make test)
test-windows:
	sh packaging/windows/test-windows.sh $(WINDOWS_MSI) $$(ls $(WINDOWS_SETUP) 2>/dev/null)

# The version, from FyneApp.toml (the one source of truth): Version is the
# package version, Build its release number.
VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
RELEASE := $(shell sed -n 's/^Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
ARCH    := $(shell $(GO) env GOARCH)
RPM_ARCH = $(if $(filter amd64,$(ARCH)),x86_64,$(if $(filter arm64,$(ARCH)),aarch64,$(ARCH)))
NFPM     = $(GO) run github.com/goreleaser/nfpm/v2/cmd/nfpm@v2.48.0
ICON_SIZES = 16 22 24 32 48 64 128 256 512

# linux-root: stage what the .deb and .rpm hold besides packaging/linux:
# the binary from dist/Lede.tar.xz (so all three carry the same one), the
# icon in the hicolor sizes (also as the three file types' icons), and the
# AppStream metainfo with the version filled in and validated.
linux-root:
	@[ -f dist/Lede.tar.xz ] || $(MAKE) package-linux
	@convert -version 2>/dev/null | grep -q ImageMagick || $(SUDO) apt-get install -y --no-install-recommends imagemagick
	@command -v appstreamcli >/dev/null || $(SUDO) apt-get install -y --no-install-recommends appstream
	rm -rf dist/linux-root && mkdir -p dist/linux-root
	tar -xJf dist/Lede.tar.xz -C dist/linux-root --strip-components=4 lede/usr/local/bin/lede
	for s in $(ICON_SIZES); do \
		mkdir -p dist/linux-root/icons/hicolor/$${s}x$${s}/apps dist/linux-root/icons/hicolor/$${s}x$${s}/mimetypes && \
		convert assets/icon.png -resize $${s}x$${s} dist/linux-root/icons/hicolor/$${s}x$${s}/apps/org.lede.app.png && \
		cp dist/linux-root/icons/hicolor/$${s}x$${s}/apps/org.lede.app.png dist/linux-root/icons/hicolor/$${s}x$${s}/mimetypes/application-x-lede-lesson.png && \
		cp dist/linux-root/icons/hicolor/$${s}x$${s}/apps/org.lede.app.png dist/linux-root/icons/hicolor/$${s}x$${s}/mimetypes/application-x-lede-results.png && \
		cp dist/linux-root/icons/hicolor/$${s}x$${s}/apps/org.lede.app.png dist/linux-root/icons/hicolor/$${s}x$${s}/mimetypes/application-x-lede-bundle.png || exit 1; \
	done
	sed -e 's/@VERSION@/$(VERSION)/' -e "s/@DATE@/$$(git log -1 --format=%cs -- FyneApp.toml 2>/dev/null || date -u +%F)/" \
		packaging/linux/org.lede.app.metainfo.xml.in > dist/linux-root/org.lede.app.metainfo.xml
	appstreamcli validate --no-net --explain dist/linux-root/org.lede.app.metainfo.xml
	@if command -v desktop-file-validate >/dev/null; then desktop-file-validate packaging/linux/org.lede.app.desktop; fi

## package-deb: dist/lede_VERSION-BUILD_ARCH.deb (nfpm, packaging/linux/nfpm.yaml)
package-deb: linux-root
	VERSION=$(VERSION) RELEASE=$(RELEASE) ARCH=$(ARCH) $(NFPM) package -f packaging/linux/nfpm.yaml -p deb -t dist/

## package-rpm: dist/lede-VERSION-BUILD.ARCH.rpm, from the same files
package-rpm: linux-root
	VERSION=$(VERSION) RELEASE=$(RELEASE) ARCH=$(ARCH) $(NFPM) package -f packaging/linux/nfpm.yaml -p rpm -t dist/

## test-deb: install the .deb with apt here, run it under Xvfb, check the
## file types, remove it and check users' data is kept (root and apt only)
test-deb:
	sh packaging/linux/test-deb.sh dist/lede_$(VERSION)-$(RELEASE)_$(ARCH).deb

## test-deb-clean: install the .deb with apt into a fresh minimal Debian root
## (debootstrap), so its Depends must bring every library; run it, remove it,
## check the user's data is kept; then, when dist/ has the .rpm, install and
## erase that there with its scriptlets (root, debootstrap, network; not in make test)
test-deb-clean:
	sh packaging/linux/test-deb-clean.sh dist/lede_$(VERSION)-$(RELEASE)_$(ARCH).deb $$(ls dist/lede-$(VERSION)-$(RELEASE).$(RPM_ARCH).rpm 2>/dev/null)

## test-tarxz: install Lede.tar.xz for one user (make user-install in a
## scratch HOME), run it, check its file types, uninstall, check the
## user's data is kept; no root needed
test-tarxz:
	sh packaging/linux/test-tarxz.sh dist/Lede.tar.xz $(VERSION)

## test-rpm: install the .rpm with Debian's rpm into an empty scratch root
## (--nodeps), check its files, erase it, check a user's data is kept
## (root only; no dependency resolution, no RPM distribution; not in make test)
test-rpm:
	sh packaging/linux/test-rpm.sh dist/lede-$(VERSION)-$(RELEASE).$(RPM_ARCH).rpm

## package-darwin: on a Mac only: dist/Lede.app (cgo links Apple's
## frameworks, so it cannot be built on Linux)
package-darwin:
	@[ "$$(uname -s)" = Darwin ] || { echo "package-darwin: needs a Mac with Xcode's command-line tools (docs/packaging.md)"; exit 1; }
	cp FyneApp.toml cmd/lede/FyneApp.toml
	cp assets/icon.png cmd/lede/Icon.png
	cd cmd/lede && $(FYNE) package --os darwin --release --tags $(APP_TAGS) --icon Icon.png
	rm -rf dist/Lede.app && mkdir -p dist && mv cmd/lede/Lede.app dist/
	rm -f cmd/lede/FyneApp.toml cmd/lede/Icon.png cmd/lede/fyne_metadata_init.go

## package-dmg: on a Mac only: dist/Lede-VERSION.dmg holding dist/Lede.app
## and a link to /Applications to drag it onto (sign the .app first)
package-dmg:
	@[ "$$(uname -s)" = Darwin ] || { echo "package-dmg: needs a Mac (hdiutil)"; exit 1; }
	@[ -d dist/Lede.app ] || $(MAKE) package-darwin
	rm -rf dist/dmg && mkdir -p dist/dmg && cp -R dist/Lede.app dist/dmg/ && ln -s /Applications dist/dmg/Applications
	hdiutil create -volname "Lede $(VERSION)" -srcfolder dist/dmg -ov -format UDZO dist/Lede-$(VERSION).dmg
	rm -rf dist/dmg

## lint-workflows: check .github/workflows with actionlint
lint-workflows:
	$(GO) run github.com/rhysd/actionlint/cmd/actionlint@v1.7.12

## release: every installer this machine can build, in dist/, with sizes
## and SHA-256 sums (dist/SHA256SUMS). The Windows .exe, MSI and setup.exe
## only where the mingw-w64 compiler is already installed (a cold
## cross-build is slow), each installer only where its tool is (make
## windows-tools); the Windows files are signed (WINDOWS_SIGN, above).
release:
	rm -rf dist
	$(MAKE) package-linux
	$(MAKE) package-deb package-rpm
	@if command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then $(MAKE) package-windows WINDOWS_SIGN=$(RELEASE_SIGN) && \
		if command -v wixl >/dev/null; then $(MAKE) package-msi WINDOWS_SIGN=$(RELEASE_SIGN); \
		else echo "release: the MSI skipped: wixl is not installed (make windows-tools)"; fi && \
		if command -v makensis >/dev/null; then $(MAKE) package-setup WINDOWS_SIGN=$(RELEASE_SIGN); \
		else echo "release: setup.exe skipped: makensis is not installed (make windows-tools)"; fi; \
	else echo "release: lede.exe and its installers skipped: x86_64-w64-mingw32-gcc is not installed (make package-windows installs it)"; fi
	rm -rf dist/linux-root dist/windows
	@echo "Lede $(VERSION) (build $(RELEASE)):"
	@cd dist && ls -l --block-size=K Lede.tar.xz lede_*.deb lede-*.rpm $$(ls lede.exe lede-*.msi lede-*-setup.exe 2>/dev/null) | awk '{print $$5, $$9}'
	@cd dist && sha256sum Lede.tar.xz lede_*.deb lede-*.rpm $$(ls lede.exe lede-*.msi lede-*-setup.exe 2>/dev/null) | tee SHA256SUMS

# make release signs the Windows files unless told WINDOWS_SIGN=no: with
# WINDOWS_PFX's certificate, else a throw-away one that proves the pipeline.
RELEASE_SIGN = $(if $(filter command line environment,$(origin WINDOWS_SIGN)),$(WINDOWS_SIGN),yes)

clean:
	rm -rf lede dist
