# Install the Omigjen POS folder this script sits in (dist\omigjen-pos\, as built by
# packaging\build.py) for the current user: copy the folder and add a Start menu
# shortcut (and with -Desktop one on the desktop). No administrator rights needed.
#
#   powershell -ExecutionPolicy Bypass -File .\install.ps1 [-To DIR] [-Desktop]
#
# A folder already installed there is replaced (an upgrade); settings and data
# (%LOCALAPPDATA%\omigjen-pos) are never touched.
param(
    [string]$To = (Join-Path $env:LOCALAPPDATA "Programs\Omigjen POS"),
    [switch]$Desktop
)
$ErrorActionPreference = "Stop"
$source = (Resolve-Path $PSScriptRoot).Path
$target = [IO.Path]::GetFullPath($To)

if (-not (Test-Path (Join-Path $source "omigjen-pos.exe"))) {
    throw "Run the copy inside the built folder (dist\omigjen-pos\install.ps1)."
}
if ($source -ne $target) {
    if (Test-Path $target) {
        # Only ever remove a folder that holds an Omigjen POS build.
        if (-not (Test-Path (Join-Path $target "omigjen-pos.exe"))) {
            throw "$target exists but is not an Omigjen POS folder; not touching it."
        }
        Remove-Item -Recurse -Force $target
    }
    New-Item -ItemType Directory -Force (Split-Path $target) | Out-Null
    Copy-Item -Recurse $source $target
}

$shell = New-Object -ComObject WScript.Shell
$places = @([Environment]::GetFolderPath("Programs"))
if ($Desktop) { $places += [Environment]::GetFolderPath("Desktop") }
foreach ($place in $places) {
    $shortcut = $shell.CreateShortcut((Join-Path $place "Omigjen POS.lnk"))
    $shortcut.TargetPath = Join-Path $target "omigjen-pos.exe"
    $shortcut.WorkingDirectory = $target
    $shortcut.Description = "Omigjen POS"
    $shortcut.Save()
    Write-Output "Shortcut: $(Join-Path $place 'Omigjen POS.lnk')"
}
Write-Output "Installed Omigjen POS in $target"
Write-Output "Check it: & '$target\omigjen-pos-cli.exe' --self-test"
