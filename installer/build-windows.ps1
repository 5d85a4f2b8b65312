<#
.SYNOPSIS
  Builds the Windows packages of selfeval: a per-user MSI (no administrator needed) and a portable
  zip of the app-image. Both carry their own trimmed Java runtime, JavaFX and the CJK fonts.

.DESCRIPTION
  Run on Windows 10/11 x64 from the repository root:
      powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
  Needs (see installer\README.md, "Windows"):
    - a JDK 17 with jmods and jpackage (for example Eclipse Temurin 17 JDK), in -JavaHome or JAVA_HOME
    - Maven 3.8+ on PATH (Maven picks the javafx-*-win jars by itself on Windows)
    - WiX Toolset 3.x (candle.exe, light.exe) on PATH, for the MSI only
    - Node.js (npm) on PATH the first time, to fetch the fonts (cached afterwards)
    - tar.exe (built into Windows 10 1803 and later)
  Results in target\installer:
    SelfEval-<version>.msi                      per-user install to %LOCALAPPDATA%\Programs\SelfEval,
                                                start-menu entry, desktop shortcut, folder chooser
    selfeval-<version>-windows-x64-portable.zip unpack anywhere, run SelfEval\SelfEval.exe
  The app keeps its data in the user's own folder, never in the install folder, so uninstalling or
  upgrading (a newer MSI with the same upgrade code replaces the older one) leaves the data alone.

.PARAMETER SkipMaven   use the existing target\selfeval.jar and target\lib
.PARAMETER NoMsi       make only the app-image and the portable zip (no WiX needed)
.PARAMETER JavaHome    JDK 17 home (default: $env:JAVA_HOME)
.PARAMETER AppName     launcher/start-menu name (default SelfEval; a Chinese name needs a Chinese-
                       locale build machine so that WiX uses code page 936)
.NOTES
  This file is saved as UTF-8 with a byte-order mark, so that Windows PowerShell 5.1 reads the
  Chinese description correctly; keep it that way when editing. The description reaches jpackage in
  the console code page: on a build machine without a Chinese locale pass an ASCII -Description.
#>
param(
  [switch]$SkipMaven,
  [switch]$NoMsi,
  [string]$JavaHome = $env:JAVA_HOME,
  [string]$AppName = "SelfEval",
  [string]$Description = "部门整体支出绩效自评报告编制工具"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

# The data folder is %LOCALAPPDATA%\selfeval (store.AppPaths). jpackage's per-user default install
# folder would be %LOCALAPPDATA%\SelfEval - the same folder, as Windows ignores case - so the program
# goes to %LOCALAPPDATA%\Programs\SelfEval, where per-user programs usually live.

# Fixed for the life of the product: Windows Installer finds the installed older version by it.
$UpgradeUuid = "8708842e-ca30-4ab4-bc4f-a1254c5bc5e4"

$Root = Split-Path -Parent $PSScriptRoot
$Here = $PSScriptRoot
$Out = Join-Path $Root "target\installer"
$Work = Join-Path $Out "work"
function Step($m) { Write-Host "`n== $m ($(Get-Date -Format HH:mm:ss))" }
function Die($m) { Write-Error "build-windows: $m"; exit 1 }
function Tool($name) { $p = Join-Path $JavaHome "bin\$name.exe"; if (-not (Test-Path $p)) { Die "$p missing: -JavaHome must be a full JDK 17" }; $p }

if (-not $JavaHome) { Die "set JAVA_HOME or pass -JavaHome (a JDK 17 with jmods)" }
$jlink = Tool jlink; $jpackage = Tool jpackage; $jdeps = Tool jdeps
if (-not (Test-Path (Join-Path $JavaHome "jmods"))) { Die "$JavaHome\jmods missing: jlink needs the JDK's jmods" }
if (-not $NoMsi -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
  Die "WiX 3 (candle.exe, light.exe) is not on PATH: install WiX Toolset 3.14 and add its bin folder, or pass -NoMsi"
}

# ------------------------------------------------------------ 1. the jar and its libraries
if (-not $SkipMaven) {
  Step "mvn package"
  Push-Location $Root
  try { & mvn -B -q package -DskipTests; if ($LASTEXITCODE) { Die "mvn package failed" } } finally { Pop-Location }
}
$AppJar = Join-Path $Root "target\selfeval.jar"
$LibDir = Join-Path $Root "target\lib"
if (-not (Test-Path $AppJar)) { Die "target\selfeval.jar missing: run without -SkipMaven" }
Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead($AppJar)
try {
  $reader = New-Object System.IO.StreamReader(($zip.GetEntry("META-INF/MANIFEST.MF")).Open())
  $manifest = $reader.ReadToEnd(); $reader.Close()
} finally { $zip.Dispose() }
$PomVersion = ([regex]::Match($manifest, "Implementation-Version: *([^\r\n]+)")).Groups[1].Value
$Version = ($PomVersion -split "-")[0]          # 0.1.0-SNAPSHOT -> 0.1.0 (MSI wants numbers)
if ($Version -notmatch '^\d+(\.\d+){0,2}$') { Die "version '$PomVersion' gives no numeric app version" }

if (Test-Path $Work) { Remove-Item -Recurse -Force $Work }
$Staging = Join-Path $Work "input"
New-Item -ItemType Directory -Force -Path $Staging, (Join-Path $Out "app-image") | Out-Null
Remove-Item -Recurse -Force (Join-Path $Out "app-image\$AppName") -ErrorAction SilentlyContinue

# ------------------------------------------------------------ 2. staging: jar, libs, fonts, licences
Step "staging"
Copy-Item $AppJar $Staging
Copy-Item -Recurse $LibDir (Join-Path $Staging "lib")
Copy-Item (Join-Path $Root "LICENSE") (Join-Path $Staging "LICENSE.txt")
Copy-Item (Join-Path $Here "resources\THIRD-PARTY.txt") $Staging

$Fonts = Join-Path $Staging "fonts"; New-Item -ItemType Directory -Force $Fonts | Out-Null
$Cache = Join-Path $env:LOCALAPPDATA "selfeval-installer\npm"; New-Item -ItemType Directory -Force $Cache | Out-Null
foreach ($line in Get-Content (Join-Path $Here "fonts.list")) {
  if (-not $line -or $line.StartsWith("#")) { continue }
  $spec, $inner, $target, $sum = $line.Split("|")
  $at = $spec.LastIndexOf("@"); $name = $spec.Substring(0, $at); $ver = $spec.Substring($at + 1)
  $tgz = Join-Path $Cache ("{0}-{1}.tgz" -f $name.TrimStart("@").Replace("/", "-"), $ver)
  if (-not (Test-Path $tgz)) {
    if (-not (Get-Command npm -ErrorAction SilentlyContinue)) { Die "npm is needed once to fetch $spec (install Node.js), or put $tgz in place" }
    Push-Location $Cache; try { & npm pack --silent $spec | Out-Null } finally { Pop-Location }
    if (-not (Test-Path $tgz)) { Die "npm pack wrote no $tgz" }
  }
  $x = Join-Path $Work "fontx"; New-Item -ItemType Directory -Force $x | Out-Null
  & tar -xzf $tgz -C $x "package/$inner" "package/LICENSE_FONT"; if ($LASTEXITCODE) { Die "tar could not read $tgz" }
  $file = Join-Path $x ("package/" + $inner)
  if ((Get-FileHash -Algorithm SHA256 $file).Hash.ToLower() -ne $sum) { Die "sha256 mismatch for $inner in $tgz" }
  Copy-Item $file (Join-Path $Fonts $target)
  Copy-Item (Join-Path $x "package/LICENSE_FONT") (Join-Path $Fonts ("OFL-" + $target.Split("-")[0] + ".txt"))
  Remove-Item -Recurse -Force $x
}
Copy-Item (Join-Path $Here "resources\FONTS-README.txt") (Join-Path $Fonts "README.txt")

# ------------------------------------------------------------ 3. modules (jdeps) and runtime (jlink)
Step "jdeps"
# Same as installer/app-modules.sh: module-info.class is taken out of copies of the jars (the app
# runs on the class path; otherwise jdeps stops on POI's `requires commons.math3`).
$jd = Join-Path $Work "jdeps"; New-Item -ItemType Directory -Force $jd | Out-Null
Copy-Item $AppJar $jd; Copy-Item (Join-Path $LibDir "*.jar") $jd
foreach ($j in Get-ChildItem $jd -Filter *.jar) {
  $z = [System.IO.Compression.ZipFile]::Open($j.FullName, "Update")
  try { @($z.Entries | Where-Object { $_.FullName -match '(^|/)module-info\.class$' }) | ForEach-Object { $_.Delete() } } finally { $z.Dispose() }
}
$jars = (Get-ChildItem $jd -Filter *.jar).FullName
$found = (& $jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --class-path "$jd\*" @jars | Select-Object -Last 1).Trim()
if ($found -notmatch '^[a-z.,]+$') { Die "unexpected jdeps output: $found" }
$Modules = (($found.Split(",") + "jdk.localedata", "jdk.charsets", "jdk.crypto.ec", "java.naming", "jdk.zipfs") | Sort-Object -Unique) -join ","
Write-Host "modules: $Modules"

Step "jlink"
$Runtime = Join-Path $Work "runtime"
& $jlink --add-modules $Modules --strip-debug --no-header-files --no-man-pages `
  "--include-locales=en,zh" --generate-cds-archive --output $Runtime
if ($LASTEXITCODE) { Die "jlink failed" }
# = --strip-native-commands, which jlink 17 cannot combine with --generate-cds-archive. On Windows
# the DLLs (jvm.dll too) live in bin\, so only the .exe files go.
Get-ChildItem (Join-Path $Runtime "bin") -Filter *.exe | Remove-Item -Force
Remove-Item -Force (Join-Path $Runtime "bin\server\classes_nocoops.jsa") -ErrorAction SilentlyContinue

# ------------------------------------------------------------ 4. app-image
Step "jpackage app-image"
$Common = @(
  "--name", $AppName,
  "--app-version", $Version,
  "--vendor", "selfeval project",
  "--copyright", "Copyright (C) $((Get-Date).Year) the selfeval authors; AGPL-3.0",
  "--description", $Description,
  "--icon", (Join-Path $Here "resources\selfeval.ico")
)
# the JVM options the app runs with on every route (the README's command, the benchmark): one per word
$LauncherOptions = @((Get-Content (Join-Path $Root "src\main\launcher\selfeval.jvmopts") -Raw) -split '\s+' |
  Where-Object { $_ } | ForEach-Object { "--java-options", $_ })
& $jpackage --type app-image @Common --dest (Join-Path $Out "app-image") `
  --input $Staging --main-jar selfeval.jar --main-class org.selfeval.Launcher `
  --runtime-image $Runtime `
  --java-options '-Dselfeval.fonts.dir=$APPDIR\fonts' `
  --java-options "-Dfile.encoding=UTF-8" `
  --java-options "-Dorg.jooq.no-logo=true" --java-options "-Dorg.jooq.no-tips=true" @LauncherOptions `
  --add-launcher ("{0}-cli={1}" -f $AppName, (Join-Path $Here "resources\windows\cli-launcher.properties"))
if ($LASTEXITCODE) { Die "jpackage app-image failed" }
$App = Join-Path $Out "app-image\$AppName"

# ------------------------------------------------------------ 5. portable zip
Step "portable zip"
$Portable = Join-Path $Out "selfeval-$Version-windows-x64-portable.zip"
Remove-Item $Portable -ErrorAction SilentlyContinue
[System.IO.Compression.ZipFile]::CreateFromDirectory($App, $Portable, [System.IO.Compression.CompressionLevel]::Optimal, $true)

# ------------------------------------------------------------ 6. per-user MSI
if (-not $NoMsi) {
  Step "jpackage msi"
  & $jpackage --type msi @Common --app-image $App --dest $Out `
    --license-file (Join-Path $Root "LICENSE") `
    --win-per-user-install --win-menu --win-menu-group $AppName --win-shortcut --win-dir-chooser `
    --install-dir "Programs\$AppName" `
    --win-upgrade-uuid $UpgradeUuid
  if ($LASTEXITCODE) { Die "jpackage msi failed" }
}

Step "done"
Get-ChildItem $Out -File | Format-Table Name, @{n = "MB"; e = { [math]::Round($_.Length / 1MB, 1) } }
