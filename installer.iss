; Inno Setup 6 script: turns dist\SerahKartu\ (made by `pyinstaller build.spec` on Windows) into one
; setup file for the USB stick:  ISCC.exe installer.iss  ->  dist\SerahKartu-<version>-setup.exe
;
; The version comes from the bundle's VERSIONINFO (desktop.__version__ via build.spec). A clerk without
; administrator rights can install for themself only (PrivilegesRequired=lowest); an administrator can
; install for everyone. Uninstalling leaves the office's data in %LOCALAPPDATA%\SerahKartu alone.

#define AppExe "SerahKartu.exe"
#define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + "dist\SerahKartu\" + AppExe, "ProductVersion")

[Setup]
AppId={{6C3F2A7E-8E8B-4C61-9E0B-5E2B7B1D9A41}
AppName=SerahKartu
AppVersion={#AppVersion}
AppVerName=SerahKartu {#AppVersion}
AppPublisher=SerahKartu
AppComments=Serah terima kartu BPJS Ketenagakerjaan pekerja rentan sampai ke tangan pekerja
DefaultDirName={autopf}\SerahKartu
DefaultGroupName=SerahKartu
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=dist
OutputBaseFilename=SerahKartu-{#AppVersion}-setup
SetupIconFile=resources\icons\serahkartu.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; Inno Setup ships no Indonesian wizard text; the app itself starts in Bahasa Indonesia.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "dist\SerahKartu\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SerahKartu"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\SerahKartu"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,SerahKartu}"; Flags: nowait postinstall skipifsilent
