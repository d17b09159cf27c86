; Lede's setup.exe for a teacher installing by hand, compiled on Linux by
; NSIS's makensis (make package-setup; docs/packaging.md). The Makefile
; passes, from FyneApp.toml:
;   -DVERSION=0.1.0  -DFILEVERSION=0.1.0.1  -DEXE=…/lede.exe
;   -DICON=…/lede.ico (packaging/windows/resources.sh)  -DOUTFILE=…/setup.exe
;
; For everyone (Program Files\Lede, asks for administrator rights) or for
; the current user only (%LocalAppData%\Programs\Lede, no rights needed):
; the first page asks; silent installs take /AllUsers or /CurrentUser:
;   setup.exe /S                 for everyone when run as administrator,
;                                else for the current user
;   setup.exe /S /CurrentUser    for the current user only
;   setup.exe /S /D=C:\Apps\Lede another folder (last, unquoted)
; The uninstaller never touches a user's data (%AppData%\Lede).

; A 64-bit installer, like Lede itself (and Wine without its 32-bit half
; can run it).
Target amd64-unicode
SetCompressor /SOLID lzma

!ifndef VERSION | FILEVERSION | EXE | ICON | OUTFILE
  !error "makensis -DVERSION=… -DFILEVERSION=… -DEXE=… -DICON=… -DOUTFILE=… lede.nsi"
!endif

!define APPKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Lede"
!define DIRKEY "Software\lede-app\Lede"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "Lede"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${DIRKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${DIRKEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh

Name "Lede"
OutFile "${OUTFILE}"
BrandingText "Lede ${VERSION}"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"

VIProductVersion "${FILEVERSION}"
VIAddVersionKey /LANG=1033 "ProductName" "Lede"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${FILEVERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "Lede ${VERSION} setup"
VIAddVersionKey /LANG=1033 "CompanyName" "lede-app"
VIAddVersionKey /LANG=1033 "LegalCopyright" "lede-app"

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\lede.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetRegView 64
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

; A file type: its ProgID, icon and open command, in SHCTX (HKLM for
; everyone, HKCU for the current user).
!macro FileType EXT PROGID DESCRIPTION MIME
  WriteRegStr SHCTX "Software\Classes\${EXT}" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\${EXT}" "Content Type" "${MIME}"
  WriteRegStr SHCTX "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "${DESCRIPTION}"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\lede.exe",0'
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\lede.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\lede.exe\SupportedTypes" "${EXT}" ""
!macroend

!macro RemoveFileType EXT PROGID
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegValue SHCTX "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}"
  ReadRegStr $0 SHCTX "Software\Classes\${EXT}" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey SHCTX "Software\Classes\${EXT}"
  ${EndIf}
!macroend

Section "Lede"
  SetOutPath "$INSTDIR"
  File "${EXE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Lede.lnk" "$INSTDIR\lede.exe" "" "$INSTDIR\lede.exe" 0

  !insertmacro FileType ".ledelesson" "Lede.Lesson" "Lede lesson pack" "application/x-lede-lesson"
  !insertmacro FileType ".lederesults" "Lede.Results" "Lede results file" "application/x-lede-results"
  !insertmacro FileType ".ledebundle" "Lede.Bundle" "Lede lesson bundle" "application/x-lede-bundle"
  WriteRegStr SHCTX "Software\Classes\Applications\lede.exe" "FriendlyAppName" "Lede"
  WriteRegStr SHCTX "Software\Microsoft\Windows\CurrentVersion\App Paths\lede.exe" "" "$INSTDIR\lede.exe"

  WriteRegStr SHCTX "${DIRKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${DIRKEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${APPKEY}" "DisplayName" "Lede"
  WriteRegStr SHCTX "${APPKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${APPKEY}" "DisplayIcon" '"$INSTDIR\lede.exe",0'
  WriteRegStr SHCTX "${APPKEY}" "Publisher" "lede-app"
  WriteRegStr SHCTX "${APPKEY}" "URLInfoAbout" "https://github.com/lede-app/lede"
  WriteRegStr SHCTX "${APPKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${APPKEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${APPKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${APPKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${APPKEY}" "NoRepair" 1

  ; SHCNE_ASSOCCHANGED: Explorer shows the new icons without a log-off.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\lede.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Lede.lnk"
  !insertmacro RemoveFileType ".ledelesson" "Lede.Lesson"
  !insertmacro RemoveFileType ".lederesults" "Lede.Results"
  !insertmacro RemoveFileType ".ledebundle" "Lede.Bundle"
  DeleteRegKey SHCTX "Software\Classes\Applications\lede.exe"
  DeleteRegKey SHCTX "Software\Microsoft\Windows\CurrentVersion\App Paths\lede.exe"
  DeleteRegKey SHCTX "${APPKEY}"
  DeleteRegKey SHCTX "${DIRKEY}"
  DeleteRegKey /ifempty SHCTX "Software\lede-app"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; %AppData%\Lede (each user's progress) is left alone on purpose.
SectionEnd
