# Builds the Windows installer of Điển Hình with jpackage (JDK 17) and WiX Toolset 3 (for the .msi):
#   target\installer\DienHinh-<version>.msi   installs per user (no administrator rights) into
#                                              %LOCALAPPDATA%, with a start-menu entry and a desktop shortcut
#   target\installer\DienHinh\                 with -ImageOnly: the application image only (no WiX needed)
# Run from the project folder in PowerShell:  powershell -ExecutionPolicy Bypass -File packaging\build-installer.ps1
# Needs on PATH: java/jpackage of JDK 17+, mvn, and WiX 3 (candle.exe, light.exe) for the .msi.
param([switch]$NoBuild, [switch]$ImageOnly)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

if (-not $NoBuild -or -not (Test-Path 'target\dienhinh.jar')) {
    mvn -B -q -DskipTests package
    if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
}

# jpackage wants a plain number: 0.1.0-SNAPSHOT becomes 0.1.0
[xml]$pom = Get-Content -Encoding UTF8 pom.xml
$version = ($pom.project.version -replace '[^0-9.].*$', '')
$out = 'target\installer'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item 'target\dienhinh.jar' "$out\input\"

# The name of files, folders and the shortcut stays ASCII (DienHinh): WiX 3 writes the MSI in code page
# 1252, which has no "Đ" or "ể", and a Java launcher reads its arguments in the ANSI code page.
# The Vietnamese name goes where people read it; when this Windows cannot pass it, ASCII is used instead.
function Invoke-JPackage([string[]]$Arguments) {
    & jpackage @Arguments
    return $LASTEXITCODE
}

$common = @('--name', 'DienHinh',
    '--app-version', $version,
    '--icon', 'packaging\dienhinh.ico',
    '--dest', $out)
$image = @('--type', 'app-image',
    '--input', "$out\input", '--main-jar', 'dienhinh.jar', '--main-class', 'vn.dienhinh.Main',
    '--java-options', '-Dfile.encoding=UTF-8',
    '--jlink-options', '--strip-debug --no-header-files --no-man-pages')

function Vietnamese([string]$Group, [string]$Description) {
    @('--vendor', $Group, '--description', $Description)
}
$vn = Vietnamese 'Điển Hình' 'Điển Hình – sổ theo dõi điển hình tiên tiến, thi đua và khen thưởng'
$ascii = Vietnamese 'Dien Hinh' 'Dien Hinh - so theo doi dien hinh tien tien, thi dua va khen thuong'

if ((Invoke-JPackage ($image + $common + $vn)) -ne 0) {
    Write-Warning 'jpackage refused the Vietnamese texts; building with their ASCII spelling'
    if (Test-Path "$out\DienHinh") { Remove-Item -Recurse -Force "$out\DienHinh" }
    if ((Invoke-JPackage ($image + $common + $ascii)) -ne 0) { throw 'jpackage app-image failed' }
}
Write-Host "application image: $out\DienHinh (start it with $out\DienHinh\DienHinh.exe)"
if ($ImageOnly) { exit 0 }

$msi = @('--type', 'msi', '--app-image', "$out\DienHinh",
    '--win-per-user-install', '--win-menu', '--win-shortcut',
    # the same id for every version, so a newer .msi replaces the older one
    '--win-upgrade-uuid', 'b8f7e2a4-5d0c-4e55-9a51-3f0d6c1e9a13')
if ((Invoke-JPackage ($msi + $common + $vn + @('--win-menu-group', 'Điển Hình'))) -ne 0) {
    Write-Warning 'WiX refused the Vietnamese texts (LGHT0311, code page 1252); building with their ASCII spelling'
    if ((Invoke-JPackage ($msi + $common + $ascii + @('--win-menu-group', 'Dien Hinh'))) -ne 0) {
        throw 'jpackage msi failed: is WiX 3 (candle.exe, light.exe) on PATH?'
    }
}
Get-ChildItem "$out\*.msi" | ForEach-Object { Write-Host "installer: $($_.FullName)" }
