; Inno Setup 6.3+ script for the Windows installer of Siaga TPPO.
;
; Build on Windows with `python installer\build.py --installer`: it builds dist\siaga-tppo\ with
; PyInstaller and runs ISCC with the version from pyproject.toml (/DAppVersion=...). On Linux,
; installer/windows/build-under-wine.sh builds and tests it under Wine (CI runs it).
;
; Per-user installation without administrator rights into %LOCALAPPDATA%\Programs\Siaga TPPO.
; The village's data is NOT in the program folder: the app keeps it in %LOCALAPPDATA%\SiagaTPPO
; (platformdirs' per-user data folder). Upgrading replaces the program only, and uninstalling
; removes only what this installer put in {app}; the data folder stays. There is deliberately
; no [UninstallDelete] entry.
;
; The Indonesian messages are Inno Setup's user-contributed translation, which neither the Inno
; Setup installer nor its npm packages ship: windows\Indonesian.isl is a copy (licence beside it).

#ifndef AppVersion
  #error AppVersion is not defined: build with "python installer\build.py --installer"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\siaga-tppo"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\resources\icons\siaga-tppo.ico"
#endif
#ifndef IndonesianIsl
  #define IndonesianIsl "windows\Indonesian.isl"
#endif
; Where per-user programs go. Wine cannot expand {autopf} (FOLDERID_UserProgramFiles): the Wine
; build passes /DProgramsDir={localappdata}\Programs, the same folder on Windows 10 and 11.
#ifndef ProgramsDir
  #define ProgramsDir "{autopf}"
#endif

#define AppName "Siaga TPPO"
#define AppExe "SiagaTPPO.exe"

[Setup]
; Never change AppId: Windows recognises an upgrade of the same app by it.
AppId={{08B4E9FB-DC74-4735-A6A8-E8659CD183AA}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} - pemasang
PrivilegesRequired=lowest
DefaultDirName={#ProgramsDir}\{#AppName}
DisableDirPage=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Windows 10 version 1809: the oldest Windows that Qt 6 runs on.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=SiagaTPPO-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
; The two programs (console and windowed) carry the same 8 MB of compiled Python, one after the
; other: a dictionary larger than one program lets the second be stored as a reference to the
; first (9 MB less; installing needs 64 MB of memory to unpack).
LZMADictionarySize=65536
WizardStyle=modern
; An open Siaga TPPO is closed (after asking) before its files are replaced.
CloseApplications=yes
RestartApplications=no
LanguageDetectionMethod=none
ShowLanguageDialog=no

[Languages]
Name: "id"; MessagesFile: "{#IndonesianIsl}"

[CustomMessages]
id.TrainingMode=Siaga TPPO - MODE LATIHAN
id.TrainingModeComment=Desa dan data fiktif untuk latihan dan sosialisasi

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Files of the previous version's program folder that this version may no longer have.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:TrainingMode}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; Comment: "{cm:TrainingModeComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
