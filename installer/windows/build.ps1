<#
.SYNOPSIS
    Build the Windows installer of Invoice Desk: icons, PyInstaller bundle, smoke test of the
    frozen app, then Inno Setup 6 (ISCC).

.DESCRIPTION
    Run from anywhere, in Windows PowerShell 5.1 or PowerShell 7:

        powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1

    Output: dist\invoice-desk\ (the bundle) and dist\InvoiceDesk-<version>-setup.exe.
    The version is read from desktop\__init__.py (__version__) and handed to ISCC as
    /DAppVersion; it is written nowhere else.

.PARAMETER Python
    The Python of the build virtualenv (default: .venv\Scripts\python.exe; made with `py -3`
    and the app installed into it when missing).
.PARAMETER Iscc
    ISCC.exe (default: on PATH, else the usual Inno Setup 6 install folders).
.PARAMETER ChineseIsl
    ChineseSimplified.isl, when the Inno Setup install lacks it.
.PARAMETER SkipSmokeTest
    Build without running the frozen app (not for releases).
#>
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [string]$ChineseIsl = "",
    [switch]$SkipSmokeTest
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

# --- the version: desktop\__init__.py only --------------------------------------------------
$match = Select-String -Path (Join-Path $Root "desktop\__init__.py") `
    -Pattern '^__version__\s*=\s*["'']([^"'']+)["'']'
if (-not $match) { throw "desktop\__init__.py has no __version__" }
$Version = $match.Matches[0].Groups[1].Value
# Windows version resources want four numbers: 1.2.0rc1 -> 1.2.0.0
$parts = @([regex]::Matches($Version, '\d+') | Select-Object -First 4 | ForEach-Object { $_.Value })
while ($parts.Count -lt 4) { $parts += "0" }
$VersionNumeric = $parts -join "."
Write-Host "Invoice Desk $Version ($VersionNumeric)"

# --- the build virtualenv -------------------------------------------------------------------
if (-not $Python) {
    $Python = Join-Path $Root ".venv\Scripts\python.exe"
    if (-not (Test-Path $Python)) {
        Invoke-Checked "creating .venv" { py -3 -m venv (Join-Path $Root ".venv") }
        Invoke-Checked "installing the app" { & $Python -m pip install -q -e $Root }
    }
}
Invoke-Checked "installing PyInstaller" { & $Python -m pip install -q "pyinstaller>=6.10,<7" }

# --- icons and bundle ---------------------------------------------------------------------
$IconDir = Join-Path $Root "build\icons"
Invoke-Checked "making icons" { & $Python (Join-Path $Root "installer\make_icons.py") $IconDir }
$Dist = Join-Path $Root "dist"
$Bundle = Join-Path $Dist "invoice-desk"
if (Test-Path $Bundle) { Remove-Item -Recurse -Force $Bundle }
$started = Get-Date
Invoke-Checked "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --clean --log-level WARN --distpath $Dist `
        --workpath (Join-Path $Root "build\pyinstaller") (Join-Path $Root "installer\invoice_desk.spec")
}
Write-Host ("bundle built in {0:N0} s" -f ((Get-Date) - $started).TotalSeconds)

# --- smoke test of the frozen app (the console twin: a windowed .exe has no stdout) ---------
if (-not $SkipSmokeTest) {
    $Cli = Join-Path $Bundle "invoice-desk-cli.exe"
    $said = (& $Cli --version | Out-String).Trim()
    if ($LASTEXITCODE -ne 0 -or $said -ne "Invoice Desk $Version") {
        throw "smoke test: --version said '$said', expected 'Invoice Desk $Version'"
    }
    $Data = Join-Path ([System.IO.Path]::GetTempPath()) ("invoice-desk-smoke-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $Data | Out-Null
    $env:QT_QPA_PLATFORM = "offscreen"
    try {
        Invoke-Checked "smoke test: demo-data" { & $Cli --data-dir $Data demo-data --count 20 }
        Invoke-Checked "smoke test: invoices list" { & $Cli --data-dir $Data invoices list --json | Out-Null }
        Invoke-Checked "smoke test: audit verify" { & $Cli --data-dir $Data audit verify }
        Invoke-Checked "smoke test: export" { & $Cli --data-dir $Data export (Join-Path $Data "out.xlsx") }
        $t = Measure-Command {
            Invoke-Checked "smoke test: the window" { & $Cli --data-dir (Join-Path $Data "gui") --smoke-test }
        }
        Write-Host ("smoke test passed; the window opened and closed in {0:N1} s" -f $t.TotalSeconds)
    } finally {
        Remove-Item Env:\QT_QPA_PLATFORM -ErrorAction SilentlyContinue
        Remove-Item -Recurse -Force $Data -ErrorAction SilentlyContinue
    }
}

# --- Inno Setup -------------------------------------------------------------------------------
if (-not $Iscc) {
    $onPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    $candidates = @()
    if ($onPath) { $candidates += $onPath.Source }
    $candidates += @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    $Iscc = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
    if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found: install it or pass -Iscc" }
}
$isccArgs = @(
    "/DAppVersion=$Version",
    "/DAppVersionNumeric=$VersionNumeric",
    "/DDistDir=$Bundle",
    "/DOutputDir=$Dist",
    "/DIconFile=$(Join-Path $IconDir 'invoice-desk.ico')"
)
if ($ChineseIsl) { $isccArgs += "/DChineseIsl=$((Resolve-Path $ChineseIsl).Path)" }
Invoke-Checked "ISCC" { & $Iscc @isccArgs (Join-Path $Root "installer\windows\invoice-desk.iss") }
Write-Host "installer: $(Join-Path $Dist "InvoiceDesk-$Version-setup.exe")"
