; Corridor Desk installer (Inno Setup 6): per-user, no administrator rights, in-place upgrades.
;
; Compile after the PyInstaller bundle exists (packaging/build.py --installer does exactly this):
;   ISCC /DAppVersion=0.1.0 /DBundleDir=dist\corridor-desk /DOutputDir=dist packaging\windows\corridor-desk.iss
;
; Upgrades: the AppId below never changes, so a newer installer finds the installed copy, closes the running
; app, replaces the program directory and keeps everything else. The user's data (workspaces, settings, logs:
; %APPDATA%\CorridorDesk and %LOCALAPPDATA%\CorridorDesk, chosen by platformdirs) and the saved logins (Windows
; Credential Manager) are never under {app}, so neither an upgrade nor an uninstall touches them.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\corridor-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{F3F63B88-EAFC-4BEB-AB0D-C47C3CA6AD28}
AppName=Corridor Desk
AppVersion={#AppVersion}
AppVerName=Corridor Desk {#AppVersion}
AppPublisher=Corridor Desk
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Corridor Desk
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Corridor Desk
UsePreviousAppDir=yes
DisableDirPage=auto
DefaultGroupName=Corridor Desk
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
RestartApplications=no
SetupIconFile=..\..\resources\icons\corridor-desk.ico
UninstallDisplayIcon={app}\corridor-desk.exe
UninstallDisplayName=Corridor Desk
OutputDir={#OutputDir}
OutputBaseFilename=corridor-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese is an official translation in current Inno Setup 6 releases; older ones ship it among
; the unofficial ones. Inno Setup has no Vietnamese translation at all: Vietnamese users get English setup
; screens (the app itself speaks Vietnamese).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found in this Inno Setup installation
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The bundle is replaced whole, so files a newer version no longer ships do not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Corridor Desk"; Filename: "{app}\corridor-desk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Corridor Desk"; Filename: "{app}\corridor-desk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\corridor-desk.exe"; Description: "{cm:LaunchProgram,Corridor Desk}"; Flags: nowait postinstall skipifsilent

; corridor-desk-debug.exe (same app with a console) is installed beside it for support:
;   "%LOCALAPPDATA%\Programs\Corridor Desk\corridor-desk-debug.exe" --self-test
