
# Added to the .tar.xz's Makefile by the project's `make linux-file-types`:
# the file types (.ledelesson, .lederesults, .ledebundle) are registered
# on install and forgotten on uninstall, system-wide or for one user.
install: install-mime
user-install: user-install-mime
uninstall: uninstall-mime
user-uninstall: user-uninstall-mime

install-mime:
	install -Dm00644 usr/local/share/mime/packages/org.lede.app.xml $(DESTDIR)$(PREFIX)/share/mime/packages/org.lede.app.xml
	-update-mime-database $(DESTDIR)$(PREFIX)/share/mime
	-update-desktop-database $(DESTDIR)$(PREFIX)/share/applications

user-install-mime:
	install -Dm00644 usr/local/share/mime/packages/org.lede.app.xml $(HOME)/.local/share/mime/packages/org.lede.app.xml
	-update-mime-database $(HOME)/.local/share/mime
	-update-desktop-database $(HOME)/.local/share/applications

uninstall-mime:
	-rm $(DESTDIR)$(PREFIX)/share/mime/packages/org.lede.app.xml
	-update-mime-database $(DESTDIR)$(PREFIX)/share/mime
	-update-desktop-database $(DESTDIR)$(PREFIX)/share/applications

user-uninstall-mime:
	-rm $(HOME)/.local/share/mime/packages/org.lede.app.xml
	-update-mime-database $(HOME)/.local/share/mime
	-update-desktop-database $(HOME)/.local/share/applications
