; Invoice Desk: Inno Setup 6 script (6.3 or later: x64compatible). A per-user installer: no
; administrator rights needed.
;
; Built by installer\windows\build.ps1, which runs PyInstaller and then:
;   ISCC /DAppVersion=<__version__ of desktop\__init__.py> /DAppVersionNumeric=<a.b.c.d>
;        /DDistDir=<dist\invoice-desk> /DIconFile=<build\icons\invoice-desk.ico> invoice-desk.iss
; The version is never written here: desktop\__init__.py is its only home.
;
; WHERE THINGS LIVE
;   Program files: {userpf}\Invoice Desk  (= %LOCALAPPDATA%\Programs\Invoice Desk)
;   User data:     NOT in the install folder. Profiles, invoice stores, attachments, backups
;                  and logs are in the platformdirs user data dir (%LOCALAPPDATA%\InvoiceDesk,
;                  logs in %LOCALAPPDATA%\InvoiceDesk\Logs); window settings in the registry
;                  (HKCU\Software\InvoiceDesk); secrets in Windows Credential Manager.
;   So an upgrade may replace the whole program folder, and the uninstaller removes only
;   what it installed: the user's invoices survive both. Never add an [UninstallDelete]
;   entry for the data dir.
;
; UPGRADES install in place: AppId below is fixed forever (it is how Windows and Inno Setup
; recognise an installed Invoice Desk); setup closes a running Invoice Desk first and
; clears the old bundle's _internal folder so no stale library of the previous version stays.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (installer\windows\build.ps1 reads it from desktop\__init__.py)
#endif
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\..\dist\invoice-desk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#define AppName "Invoice Desk"
#define AppExe "invoice-desk.exe"

; Simplified Chinese messages: ship with recent Inno Setup 6 releases; older ones keep them as
; an unofficial translation to download. Give one with /DChineseIsl=path, or put
; ChineseSimplified.isl beside this script. Without one the build stops: the installer must
; speak Chinese. (/DEnglishOnly builds an English-only installer for a quick local test.)
#ifndef ChineseIsl
  #if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
    #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
  #elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
    #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
  #elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
    #define ChineseIsl "compiler:Languages\Unofficial\ChineseSimplified.isl"
  #endif
#endif
#ifndef ChineseIsl
  #ifndef EnglishOnly
    #error ChineseSimplified.isl not found: get it from the Inno Setup translations page and pass /DChineseIsl=path (or /DEnglishOnly for a local test build)
  #endif
#endif

[Setup]
; Never change AppId: a new one makes Windows see a second, unrelated program.
AppId={{589019D4-1636-458F-9316-86356EB507A4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
#ifdef AppVersionNumeric
VersionInfoVersion={#AppVersionNumeric}
#endif
VersionInfoProductName={#AppName}
; Per user: no UAC prompt; {userpf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
UsePreviousAppDir=yes
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=InvoiceDesk-{#AppVersion}-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running Invoice Desk (Restart Manager) before files are replaced or removed.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#ifdef ChineseIsl
Name: "zh_CN"; MessagesFile: "{#ChineseIsl}"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's bundle: PyInstaller's file set changes between versions. Program
; files only; the user's data is elsewhere (see the top of this file).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The PyInstaller --onedir output: invoice-desk.exe (windowed), invoice-desk-cli.exe
; (console: headless commands) and _internal\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{#AppName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: uninstalling removes the program, never the user's invoices.
