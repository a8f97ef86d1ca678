<#
.SYNOPSIS
    vm-image-policy Windows probe: prints ONE JSON facts document (schemas/facts.schema.json, schema_version 1,
    Windows facts per schemas/facts-windows.schema.json) describing the Windows system it runs on.

.DESCRIPTION
    probe.ps1 [-Stage build|deployed] [-Only group,...] [-Skip group,...] [-ImageName NAME] [-OutFile FILE]

    Windows PowerShell 5.1 and PowerShell 7. Read-only: it changes no configuration (the Windows Update
    search refreshes the update agent's own cache; -OutFile writes the one file it is given).
    A fact that cannot be gathered (API missing, access denied, not knowable at this stage) is left out of the
    document, never written as false/0/[]; the reason is listed in windows.probe.errors.

    Fact groups (for -Only / -Skip): os, disks, base_image, updates, startup_tasks, drive_references, sysprep,
    features, bitlocker, network. os.type, stage and the probe block are always printed.
    Inside a Packer build: run it with -Stage build -Skip sysprep before sysprep, and with -Stage build
    -Only sysprep after `sysprep /generalize /oobe /quit` (see README, "Windows images").

    Exit status: 0 document printed (or written), 1 the document could not be written, 2 bad usage.

.PARAMETER Stage
    build: inside the Packer build (the VM the image is captured from). deployed: a VM created from the image.
    Default build: the stricter stage (ImageState is judged).
.PARAMETER Only
    Gather only these fact groups (comma-separated).
.PARAMETER Skip
    Do not gather these fact groups (comma-separated).
.PARAMETER ImageName
    image.name of the document (joins it to the image of the same name in a Packer manifest).
.PARAMETER OutFile
    Write the document to this file (UTF-8, no BOM) instead of standard output.
.PARAMETER ImdsTimeoutSec
    Timeout of the Azure instance metadata request (seconds, default 2).
#>
[CmdletBinding()]
param(
    [ValidateSet('build', 'deployed')]
    [string]$Stage = 'build',
    [string[]]$Only = @(),
    [string[]]$Skip = @(),
    [string]$ImageName = '',
    [string]$OutFile = '',
    [ValidateRange(1, 30)]
    [int]$ImdsTimeoutSec = 2
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

$ProbeVersion = '1.0.0'
$Clock = [System.Diagnostics.Stopwatch]::StartNew()

# Windows PowerShell 5.1 serializes arrays that carry its extended type data as {"value":[...],"Count":n}.
if ($PSVersionTable.PSVersion.Major -lt 6) {
    Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue
}

$Groups = @('os', 'disks', 'base_image', 'updates', 'startup_tasks', 'drive_references', 'sysprep', 'features', 'bitlocker', 'network')

# -Only a,b given through `powershell -File` arrives as the single string "a,b": split it here.
function Split-GroupList {
    param([string[]]$List, [string]$Option)
    $out = New-Object 'System.Collections.Generic.List[string]'
    foreach ($item in $List) {
        foreach ($part in ($item -split ',')) {
            $name = $part.Trim().ToLowerInvariant()
            if ($name -eq '') { continue }
            if (-not ($Groups -contains $name)) {
                [Console]::Error.WriteLine("probe.ps1: -$Option $name is not a fact group; groups: $($Groups -join ', ')")
                exit 2
            }
            $out.Add($name)
        }
    }
    return , $out
}

$OnlyList = Split-GroupList -List $Only -Option 'Only'
$SkipList = Split-GroupList -List $Skip -Option 'Skip'

# The document. Set-Fact fills it; a fact that is never set stays absent.
$Doc = [ordered]@{}
$Provenance = [ordered]@{}
$Errors = New-Object 'System.Collections.Generic.List[object]'

$IsAdmin = $false
try {
    $principal = New-Object Security.Principal.WindowsPrincipal ([Security.Principal.WindowsIdentity]::GetCurrent())
    $IsAdmin = $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
} catch {
    $IsAdmin = $false
}

$SystemDrive = 'C:'
if ($env:SystemDrive) { $SystemDrive = $env:SystemDrive.TrimEnd('\') }
$SystemLetter = $SystemDrive.Substring(0, 1).ToUpperInvariant()

# A 32-bit PowerShell on 64-bit Windows sees System32 as SysWOW64: reach the real one through Sysnative.
$System32 = Join-Path $env:SystemRoot 'System32'
if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {
    $System32 = Join-Path $env:SystemRoot 'Sysnative'
}

$DriveRx = '(?:^|[^A-Za-z0-9])([A-Za-z]):\\'
$GeneralizedState = 'IMAGE_STATE_GENERALIZE_RESEAL_TO_OOBE'

# ---------------------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------------------

# Set-Fact PATH VALUE [DETAIL]: sets the fact at the dotted PATH (creating the objects on the way) and, with a
# DETAIL, its provenance. $null means "not gathered": nothing is set. -Array keeps a list a JSON array even
# with one element or none.
function Set-Fact {
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        [AllowNull()][AllowEmptyCollection()]$Value,
        [string]$Detail = '',
        [switch]$Array
    )
    if ($null -eq $Value) { return }
    if ($Array) { $Value = [object[]]@($Value) }
    $keys = $Path.Split('.')
    $node = $script:Doc
    for ($i = 0; $i -lt $keys.Length - 1; $i++) {
        $k = $keys[$i]
        if (-not $node.Contains($k)) {
            $node[$k] = [ordered]@{}
        }
        $node = $node[$k]
    }
    $node[$keys[$keys.Length - 1]] = $Value
    if ($Detail -ne '') {
        # facts: provenance.*
        $script:Provenance[$Path] = [ordered]@{ source = 'probe'; detail = $Detail }
    }
}

function Add-ProbeError {
    param([string]$Fact, [string]$Message)
    # facts: windows.probe.errors[]
    $script:Errors.Add([ordered]@{ fact = $Fact; error = (Limit-Text (Protect-Text $Message) 500) })
}

function Get-ErrorText {
    param($Record)
    $msg = ''
    if ($null -ne $Record.Exception) { $msg = [string]$Record.Exception.Message }
    if ($msg -eq '') { $msg = [string]$Record }
    return ($msg -replace '\s+', ' ').Trim()
}

function Limit-Text {
    param([string]$Text, [int]$Max = 300)
    if ($null -eq $Text) { return '' }
    if ($Text.Length -le $Max) { return $Text }
    return $Text.Substring(0, $Max) + '...'
}

# Secrets never reach the document: SAS signatures and password/token/key arguments are replaced.
function Protect-Text {
    param([string]$Text)
    if ([string]::IsNullOrEmpty($Text)) { return $Text }
    $t = [regex]::Replace($Text, '(?i)([?&]sig=)[^&\s"'']+', '${1}REDACTED')
    $t = [regex]::Replace($t, '(?i)((?:^|\s)[-/](?:password|passwd|pwd|rp|p|secret|token|key|accountkey|sastoken)(?::|=|\s+))("[^"]*"|''[^'']*''|[^\s"'']+)', '${1}REDACTED')
    $t = [regex]::Replace($t, '(?i)\b(password|passwd|pwd|secret|token|accountkey|sharedaccesskey)(\s*=\s*)("[^"]*"|''[^'']*''|[^\s;&"'']+)', '${1}${2}REDACTED')
    return $t
}

function Test-Wanted {
    param([string]$Group)
    if ($script:OnlyList.Count -gt 0 -and -not $script:OnlyList.Contains($Group)) { return $false }
    if ($script:SkipList.Contains($Group)) { return $false }
    return $true
}

# Runs one fact group; an exception leaves its facts absent and records why.
function Invoke-Group {
    param([string]$Group, [string]$Fact, [scriptblock]$Block)
    if (-not (Test-Wanted $Group)) {
        Add-ProbeError $Fact "not gathered: fact group $Group excluded by -Only/-Skip"
        return $false
    }
    try {
        $null = & $Block
        return $true
    } catch {
        Add-ProbeError $Fact (Get-ErrorText $_)
        return $false
    }
}

# HKLM registry, 64-bit view on 64-bit Windows whatever the bitness of this PowerShell. A missing key or value
# is $null; access denied throws.
function Open-HKLM {
    param([string]$SubKey)
    $view = [Microsoft.Win32.RegistryView]::Default
    if ([Environment]::Is64BitOperatingSystem) { $view = [Microsoft.Win32.RegistryView]::Registry64 }
    $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, $view)
    try {
        return $base.OpenSubKey($SubKey)
    } finally {
        $base.Close()
    }
}

function Get-RegValue {
    param([string]$SubKey, [string]$Name)
    $key = Open-HKLM $SubKey
    if ($null -eq $key) { return $null }
    try {
        return $key.GetValue($Name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
    } finally {
        $key.Close()
    }
}

function Test-RegKey {
    param([string]$SubKey)
    $key = Open-HKLM $SubKey
    if ($null -eq $key) { return $false }
    $key.Close()
    return $true
}

# Property of a deserialized JSON object, $null when it has none (strict mode throws on a missing property).
function Get-Prop {
    param($Object, [string]$Name)
    if ($null -eq $Object) { return $null }
    $p = $Object.PSObject.Properties[$Name]
    if ($null -eq $p) { return $null }
    return $p.Value
}

function Test-Text {
    param($Value)
    return ($null -ne $Value) -and ([string]$Value).Trim() -ne ''
}

function Get-UnixNow {
    $epoch = New-Object DateTime 1970, 1, 1, 0, 0, 0, ([DateTimeKind]::Utc)
    return [int64][math]::Floor(([DateTime]::UtcNow - $epoch).TotalSeconds)
}

# ---------------------------------------------------------------------------------------------------------
# os: product, edition, version, build, architecture, installation type
# ---------------------------------------------------------------------------------------------------------
Set-Fact 'os.type' 'Windows' 'probe.ps1 runs on Windows'

$null = Invoke-Group 'os' 'windows.os' {
    $cv = 'SOFTWARE\Microsoft\Windows NT\CurrentVersion'
    $cvDetail = 'HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
    $product = Get-RegValue $cv 'ProductName'
    $edition = Get-RegValue $cv 'EditionID'
    $installType = Get-RegValue $cv 'InstallationType'
    $build = Get-RegValue $cv 'CurrentBuildNumber'
    if (-not (Test-Text $build)) { $build = Get-RegValue $cv 'CurrentBuild' }
    $ubr = Get-RegValue $cv 'UBR'
    if (Test-Text $product) { Set-Fact 'windows.os.product_name' ([string]$product) "$cvDetail ProductName" }
    if (Test-Text $edition) { Set-Fact 'windows.os.edition_id' ([string]$edition) "$cvDetail EditionID" }
    if (Test-Text $installType) { Set-Fact 'windows.os.installation_type' ([string]$installType) "$cvDetail InstallationType" }
    $buildText = $null
    if (Test-Text $build) {
        $buildText = [string]$build
        if ($null -ne $ubr) { $buildText = "$build.$ubr" }
        Set-Fact 'windows.os.build' $buildText "$cvDetail CurrentBuildNumber.UBR"
    }

    $envKey = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
    $nativeArch = [string](Get-RegValue $envKey 'PROCESSOR_ARCHITECTURE')
    $arch = $null
    switch ($nativeArch.ToUpperInvariant()) {
        'AMD64' { $arch = 'x64' }
        'X86' { $arch = 'x86' }
        'ARM64' { $arch = 'arm64' }
        'ARM' { $arch = 'arm' }
    }
    if ($null -ne $arch) {
        Set-Fact 'windows.os.architecture' $arch "HKLM\$envKey PROCESSOR_ARCHITECTURE ($nativeArch)"
        Set-Fact 'os.architecture' $arch "HKLM\$envKey PROCESSOR_ARCHITECTURE ($nativeArch)"
    } else {
        Add-ProbeError 'windows.os.architecture' "unrecognised PROCESSOR_ARCHITECTURE '$nativeArch'"
    }

    Set-Fact 'os.id' 'windows'
    if (Test-Text $product) {
        Set-Fact 'os.name' ([string]$product) "$cvDetail ProductName"
        if ($null -ne $buildText) { Set-Fact 'os.pretty_name' "$product (build $buildText)" }
    }

    try {
        $w32 = Get-CimInstance -ClassName Win32_OperatingSystem -ErrorAction Stop
        if (Test-Text $w32.Version) {
            Set-Fact 'windows.os.version' ([string]$w32.Version) 'Win32_OperatingSystem.Version'
            Set-Fact 'os.version_id' ([string]$w32.Version) 'Win32_OperatingSystem.Version'
        }
    } catch {
        Add-ProbeError 'windows.os.version' (Get-ErrorText $_)
    }
}

# ---------------------------------------------------------------------------------------------------------
# disks: the OS disk's size (build stage only: a deployed VM's OS disk may have been resized by its deployer)
# ---------------------------------------------------------------------------------------------------------
$null = Invoke-Group 'disks' 'disks.os.size_gb' {
    if ($Stage -ne 'build') {
        throw 'not gathered at the deployed stage: a deployed VM''s OS disk may have been resized; the image''s size is judged at the build stage or from its VHD'
    }
    # Storage cmdlets are module functions: they do not see this script's $ErrorActionPreference.
    $part = Get-Partition -DriveLetter $SystemLetter -ErrorAction Stop
    $disk = Get-Disk -Partition $part -ErrorAction Stop
    $bytes = [double]$disk.Size
    if ($bytes -le 0) { throw "Get-Disk reported size $bytes for the disk of $SystemDrive" }
    Set-Fact 'disks.os.size_gb' ([math]::Round($bytes / 1073741824, 3)) "Get-Disk: the disk holding $SystemDrive ($([int64]$bytes) bytes)"
}

# ---------------------------------------------------------------------------------------------------------
# base image: the instance metadata service (build stage), else the registry record the build may leave
# ---------------------------------------------------------------------------------------------------------
function Get-Imds {
    $uri = 'http://169.254.169.254/metadata/instance/compute?api-version=2021-02-01'
    $req = [System.Net.WebRequest]::Create($uri)
    $req.Method = 'GET'
    $req.Headers.Add('Metadata', 'true')
    $req.Proxy = $null
    $req.Timeout = $ImdsTimeoutSec * 1000
    $req.ReadWriteTimeout = $ImdsTimeoutSec * 1000
    $resp = $req.GetResponse()
    try {
        $reader = New-Object System.IO.StreamReader -ArgumentList $resp.GetResponseStream()
        try {
            $body = $reader.ReadToEnd()
        } finally {
            $reader.Close()
        }
    } finally {
        $resp.Close()
    }
    return (ConvertFrom-Json -InputObject $body)
}

# Publication date of a Microsoft Windows Server / SQL Server image version: its last part is the date
# (20348.2762.241006 -> 2024-10-06; 4.127.20180315 -> 2018-03-15).
function Get-PublishedDate {
    param([string]$Publisher, [string]$Version)
    if (-not ($Publisher -match '^(MicrosoftWindowsServer|MicrosoftSQLServer)$')) { return $null }
    $last = ($Version -split '\.')[-1]
    if ($last -match '^([0-9]{2})([0-9]{2})([0-9]{2})$') {
        $y = 2000 + [int]$Matches[1]
    } elseif ($last -match '^(20[0-9]{2})([0-9]{2})([0-9]{2})$') {
        $y = [int]$Matches[1]
    } else {
        return $null
    }
    $m = [int]$Matches[2]
    $d = [int]$Matches[3]
    if ($m -lt 1 -or $m -gt 12 -or $d -lt 1 -or $d -gt [DateTime]::DaysInMonth($y, $m)) { return $null }
    return (New-Object DateTime $y, $m, $d).ToString('yyyy-MM-dd', [Globalization.CultureInfo]::InvariantCulture)
}

function Set-BaseImage {
    param([string]$Publisher, [string]$Offer, [string]$Sku, [string]$Version, [string]$Source, [string]$Detail)
    Set-Fact 'windows.base_image.publisher' $Publisher $Detail
    Set-Fact 'windows.base_image.offer' $Offer $Detail
    Set-Fact 'windows.base_image.sku' $Sku $Detail
    if (Test-Text $Version) {
        Set-Fact 'windows.base_image.version' $Version $Detail
        $published = Get-PublishedDate -Publisher $Publisher -Version $Version
        if ($null -ne $published) {
            Set-Fact 'windows.base_image.published' $published "the date part of the version $Version"
        }
    }
    Set-Fact 'windows.base_image.source' $Source
    # facts: provenance.*
    $script:Provenance['windows.base_image'] = [ordered]@{ source = 'probe'; detail = $Detail }
}

$null = Invoke-Group 'base_image' 'windows.base_image' {
    $why = New-Object 'System.Collections.Generic.List[string]'
    if ($Stage -eq 'build') {
        try {
            $c = Get-Imds
            $ref = Get-Prop (Get-Prop $c 'storageProfile') 'imageReference'
            $pub = Get-Prop $ref 'publisher'
            $offer = Get-Prop $ref 'offer'
            $sku = Get-Prop $ref 'sku'
            $ver = Get-Prop $ref 'exactVersion'
            if (-not (Test-Text $pub)) { $pub = Get-Prop $c 'publisher'; $offer = Get-Prop $c 'offer'; $sku = Get-Prop $c 'sku' }
            if (-not (Test-Text $ver)) { $ver = Get-Prop $c 'version' }
            if (-not (Test-Text $ver) -or $ver -eq 'latest') { $ver = Get-Prop $ref 'version' }
            if ($ver -eq 'latest') { $ver = $null }
            if ((Test-Text $pub) -and (Test-Text $offer) -and (Test-Text $sku)) {
                Set-BaseImage -Publisher $pub -Offer $offer -Sku $sku -Version $ver -Source 'imds' -Detail 'instance metadata service: compute.storageProfile.imageReference'
                return
            }
            $why.Add('the instance metadata service names no marketplace image (the VM was created from a custom or gallery image)')
        } catch {
            $why.Add("instance metadata service: $(Get-ErrorText $_)")
        }
    } else {
        $why.Add('at the deployed stage the instance metadata service names the image under test, not its base')
    }
    $rk = 'SOFTWARE\vm-image-policy\BaseImage'
    $pub = Get-RegValue $rk 'Publisher'
    $offer = Get-RegValue $rk 'Offer'
    $sku = Get-RegValue $rk 'Sku'
    if ((Test-Text $pub) -and (Test-Text $offer) -and (Test-Text $sku)) {
        Set-BaseImage -Publisher $pub -Offer $offer -Sku $sku -Version ([string](Get-RegValue $rk 'Version')) -Source 'registry' -Detail "HKLM\$rk"
        return
    }
    $why.Add("no record in HKLM\$rk")
    throw ($why -join '; ')
}

# ---------------------------------------------------------------------------------------------------------
# updates: Windows Update Agent search (pending: IsInstalled=0 and IsHidden=0)
# ---------------------------------------------------------------------------------------------------------

# Update classifications by category ID (the names the agent gives are localized).
# not facts
$Classifications = @{
    'e6cf1350-c01b-414d-a61f-263d14d133b4' = 'Critical Updates'
    '0fa1201d-4330-4fa8-8ae9-b877473b6441' = 'Security Updates'
    'cd5ffd1e-e932-4e3a-bf74-18bf0b1bbd83' = 'Updates'
    '28bc880e-0592-4cbf-8f95-c79b17911d5f' = 'Update Rollups'
    '68c5b0a3-d1a6-4553-ae49-01d3a7827828' = 'Service Packs'
    'e0789628-ce08-4437-be74-2495b842f43b' = 'Definition Updates'
    'b54e7d24-7add-428f-8b75-90a396fa584f' = 'Feature Packs'
    'ebfc1fc5-71a4-4f7b-9aca-3b9a503104a0' = 'Drivers'
    'b4832bd8-e735-4761-8daf-37f882276dab' = 'Tools'
    '3689bdc8-b205-4af4-8d4a-a63924c5e9d5' = 'Upgrades'
}

function ConvertTo-UpdateFact {
    param($Update)
    # facts: windows.updates.pending[] windows.updates.installed[]
    $o = [ordered]@{}
    foreach ($id in $Update.KBArticleIDs) {
        if (Test-Text $id) { $o['kb'] = 'KB' + ([string]$id).Trim(); break }
    }
    $o['title'] = Limit-Text ([string]$Update.Title) 300
    foreach ($cat in $Update.Categories) {
        if ([string]$cat.Type -eq 'UpdateClassification') {
            $cid = ([string]$cat.CategoryID).ToLowerInvariant()
            if ($script:Classifications.ContainsKey($cid)) {
                $o['classification'] = $script:Classifications[$cid]
            } else {
                $o['classification'] = [string]$cat.Name
            }
            break
        }
    }
    $severity = 'Unspecified'
    foreach ($s in @('Critical', 'Important', 'Moderate', 'Low')) {
        if ([string]$Update.MsrcSeverity -eq $s) { $severity = $s }
    }
    $o['severity'] = $severity
    return $o
}

function Find-Updates {
    param($Searcher, [string]$Criteria)
    $result = $Searcher.Search($Criteria)
    # OperationResultCode: 2 succeeded, 3 succeeded with errors (the list may be incomplete).
    if ([int]$result.ResultCode -ne 2) {
        throw "Windows Update search '$Criteria' ended with result code $([int]$result.ResultCode) (2 = succeeded)"
    }
    $list = New-Object 'System.Collections.Generic.List[object]'
    foreach ($u in $result.Updates) {
        $list.Add((ConvertTo-UpdateFact $u))
    }
    return , $list
}

$null = Invoke-Group 'updates' 'windows.updates' {
    $session = New-Object -ComObject Microsoft.Update.Session
    $searcher = $session.CreateUpdateSearcher()
    $pending = Find-Updates $searcher 'IsInstalled=0 and IsHidden=0'
    Set-Fact 'windows.updates.pending' $pending 'Windows Update Agent: IsInstalled=0 and IsHidden=0' -Array
    Set-Fact 'windows.updates.searched_at_unix' (Get-UnixNow)
    try {
        $installed = Find-Updates $searcher 'IsInstalled=1'
        Set-Fact 'windows.updates.installed' $installed 'Windows Update Agent: IsInstalled=1' -Array
    } catch {
        Add-ProbeError 'windows.updates.installed' (Get-ErrorText $_)
    }
}

# ---------------------------------------------------------------------------------------------------------
# startup tasks: scheduled tasks with a boot or logon trigger, outside \Microsoft\
# ---------------------------------------------------------------------------------------------------------
$TaskDriveRefs = New-Object 'System.Collections.Generic.List[object]'
$DeleteRx = '(?i)(Unregister-ScheduledTask|schtasks(\.exe)?\b[^\r\n]*[/-]delete\b|\.DeleteTask\b)'
$ScriptRx = '(?i)([A-Za-z]:\\[^"''\r\n|<>*?]*?\.(?:ps1|cmd|bat|vbs|js))(?![A-Za-z0-9])'

function Format-TaskAction {
    param($Action)
    switch ([int]$Action.Type) {
        0 {
            $exe = [string]$Action.Path
            if ($exe.Contains(' ') -and -not $exe.StartsWith('"')) { $exe = '"' + $exe + '"' }
            return (Protect-Text ($exe + ' ' + [string]$Action.Arguments).Trim())
        }
        5 { return (Protect-Text ('COM handler ' + [string]$Action.ClassId + ' ' + [string]$Action.Data).Trim()) }
        6 { return 'send e-mail' }
        7 { return 'show message' }
    }
    return "action type $([int]$Action.Type)"
}

# Script files a command line runs: rooted paths in its (quoted) tokens, and bare script names resolved in the
# action's working directory.
function Get-ScriptFiles {
    param([string]$CommandLine, [string]$WorkingDirectory)
    $files = New-Object 'System.Collections.Generic.List[string]'
    $expanded = [Environment]::ExpandEnvironmentVariables($CommandLine)
    foreach ($tok in [regex]::Matches($expanded, '"([^"]*)"|''([^'']*)''|(\S+)')) {
        $value = $tok.Value.Trim([char[]]'"''')   # strip double and single quotes
        foreach ($m in [regex]::Matches($value, $ScriptRx)) {
            if (-not $files.Contains($m.Groups[1].Value)) { $files.Add($m.Groups[1].Value) }
        }
        if ($value -match '^[^\\/:*?"<>|]+\.(ps1|cmd|bat|vbs|js)$' -and (Test-Text $WorkingDirectory)) {
            $files.Add((Join-Path ([Environment]::ExpandEnvironmentVariables($WorkingDirectory)) $value))
        }
    }
    return , $files
}

# Whether the task removes itself after success: a delete command naming it in its command lines or in the
# scripts they run, or DeleteExpiredTaskAfter with an end boundary. $null when a script could not be read.
function Test-SelfDeleting {
    param($Task, $Definition)
    $expire = [string]$Definition.Settings.DeleteExpiredTaskAfter
    if ($expire -ne '') {
        foreach ($tr in $Definition.Triggers) {
            if (Test-Text $tr.EndBoundary) { return $true }
        }
    }
    $texts = New-Object 'System.Collections.Generic.List[string]'
    $unread = $false
    foreach ($a in $Definition.Actions) {
        if ([int]$a.Type -ne 0) { continue }
        $cmd = [string]$a.Path + ' ' + [string]$a.Arguments
        $texts.Add($cmd)
        foreach ($file in (Get-ScriptFiles -CommandLine $cmd -WorkingDirectory ([string]$a.WorkingDirectory))) {
            try {
                $item = Get-Item -LiteralPath $file -Force -ErrorAction Stop
                if ($item.Length -gt 1048576) {
                    $unread = $true
                } else {
                    $texts.Add([System.IO.File]::ReadAllText($item.FullName))
                }
            } catch {
                $unread = $true
            }
        }
    }
    $all = $texts -join "`n"
    $named = $all.IndexOf([string]$Task.Name, [StringComparison]::OrdinalIgnoreCase) -ge 0
    if ($named -and [regex]::IsMatch($all, $DeleteRx)) { return $true }
    if ($unread) { return $null }
    return $false
}

$TasksOk = Invoke-Group 'startup_tasks' 'windows.startup_tasks' {
    if (-not $IsAdmin) {
        throw 'needs an elevated (administrator) session: hidden tasks and other accounts'' tasks are not visible otherwise'
    }
    $svc = New-Object -ComObject Schedule.Service
    $svc.Connect()
    $tasks = New-Object 'System.Collections.Generic.List[object]'
    $queue = New-Object System.Collections.Queue
    $queue.Enqueue($svc.GetFolder('\'))
    while ($queue.Count -gt 0) {
        $folder = $queue.Dequeue()
        $fp = [string]$folder.Path
        if ($fp -eq '\Microsoft' -or $fp.StartsWith('\Microsoft\', [StringComparison]::OrdinalIgnoreCase)) { continue }
        foreach ($sub in $folder.GetFolders(0)) { $queue.Enqueue($sub) }
        # 1 = TASK_ENUM_HIDDEN: hidden tasks too
        foreach ($t in $folder.GetTasks(1)) {
            $def = $t.Definition
            $kinds = New-Object 'System.Collections.Generic.List[string]'
            foreach ($tr in $def.Triggers) {
                # TASK_TRIGGER_BOOT = 8, TASK_TRIGGER_LOGON = 9
                $kind = 'other'
                if ([int]$tr.Type -eq 8) { $kind = 'boot' }
                if ([int]$tr.Type -eq 9) { $kind = 'logon' }
                if (-not $kinds.Contains($kind)) { $kinds.Add($kind) }
            }
            if (-not ($kinds.Contains('boot') -or $kinds.Contains('logon'))) { continue }
            $i = $tasks.Count
            $path = [string]$t.Path
            $actions = New-Object 'System.Collections.Generic.List[string]'
            foreach ($a in $def.Actions) {
                $actions.Add((Format-TaskAction $a))
                if ([int]$a.Type -eq 0 -and (Test-Text $a.WorkingDirectory)) {
                    # facts: windows.drive_references[]
                    $TaskDriveRefs.Add([ordered]@{ where = "task $path working directory"; value = [string]$a.WorkingDirectory })
                }
            }
            $author = [string]$def.RegistrationInfo.Author
            # facts: windows.startup_tasks[]
            $entry = [ordered]@{
                path     = $path
                builtin  = [bool]($author -match '^(Microsoft|\$\(@%SystemRoot%)')
                enabled  = [bool]$t.Enabled
                triggers = [object[]]$kinds.ToArray()
                actions  = [object[]]$actions.ToArray()
            }
            if ($author -ne '') { $entry['author'] = Limit-Text $author 200 }
            $selfDeleting = Test-SelfDeleting -Task $t -Definition $def
            if ($null -ne $selfDeleting) {
                $entry['self_deleting'] = [bool]$selfDeleting
            } else {
                Add-ProbeError "windows.startup_tasks.$i.self_deleting" "a script that task $path runs could not be read"
            }
            $tasks.Add($entry)
            # facts: provenance.*
            $script:Provenance["windows.startup_tasks.$i"] = [ordered]@{ source = 'probe'; detail = "Task Scheduler: $path" }
        }
    }
    Set-Fact 'windows.startup_tasks' $tasks 'Task Scheduler (Schedule.Service), boot and logon triggers, outside \Microsoft\' -Array
}

# ---------------------------------------------------------------------------------------------------------
# drive references: drive letters (other than the system drive) in services, Run keys, the machine
# environment, the page file setting, unattend files and startup tasks' working directories. Task command
# lines are in windows.startup_tasks.*.actions (AZMP-WIN-004 reads them there).
# ---------------------------------------------------------------------------------------------------------
$DriveRefs = New-Object 'System.Collections.Generic.List[object]'

function Add-DriveRefs {
    param([string]$Where, $Value)
    if ($null -eq $Value) { return }
    foreach ($v in @($Value)) {
        foreach ($segment in (([string]$v) -split ';')) {
            $seen = New-Object 'System.Collections.Generic.List[string]'
            foreach ($m in [regex]::Matches($segment, $DriveRx)) {
                $drive = $m.Groups[1].Value.ToUpperInvariant()
                if ($drive -eq $SystemLetter -or $seen.Contains($drive)) { continue }
                $seen.Add($drive)
                # facts: windows.drive_references[]
                $script:DriveRefs.Add([ordered]@{ drive = $drive; where = $Where; value = (Limit-Text (Protect-Text $segment.Trim()) 300) })
            }
        }
    }
}

function Add-RegistryDriveRefs {
    param([string]$SubKey, [string]$Label)
    $key = Open-HKLM $SubKey
    if ($null -eq $key) { return }
    try {
        foreach ($name in $key.GetValueNames()) {
            $v = $key.GetValue($name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
            if ($v -is [string] -or $v -is [string[]]) {
                $shown = $name
                if ($shown -eq '') { $shown = '(default)' }
                Add-DriveRefs "$Label $shown" $v
            }
        }
    } finally {
        $key.Close()
    }
}

$null = Invoke-Group 'drive_references' 'windows.drive_references' {
    if (-not $TasksOk) {
        throw 'incomplete: the startup tasks were not scanned (see windows.startup_tasks)'
    }
    foreach ($r in $TaskDriveRefs) { Add-DriveRefs $r['where'] $r['value'] }

    $services = Open-HKLM 'SYSTEM\CurrentControlSet\Services'
    if ($null -eq $services) { throw 'HKLM\SYSTEM\CurrentControlSet\Services cannot be opened' }
    try {
        foreach ($name in $services.GetSubKeyNames()) {
            $sk = $services.OpenSubKey($name)
            if ($null -eq $sk) { continue }
            try {
                $imagePath = $sk.GetValue('ImagePath', $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
                Add-DriveRefs "service $name ImagePath" $imagePath
            } finally {
                $sk.Close()
            }
        }
    } finally {
        $services.Close()
    }

    foreach ($rk in @(
            'SOFTWARE\Microsoft\Windows\CurrentVersion\Run',
            'SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce',
            'SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Run',
            'SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\RunOnce')) {
        Add-RegistryDriveRefs $rk "HKLM\$rk"
    }
    Add-RegistryDriveRefs 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment' 'machine environment variable'
    Add-DriveRefs 'page file setting (PagingFiles)' (Get-RegValue 'SYSTEM\CurrentControlSet\Control\Session Manager\Memory Management' 'PagingFiles')

    $unattend = @(
        (Join-Path $env:SystemRoot 'Panther\unattend.xml'),
        (Join-Path $env:SystemRoot 'Panther\Unattend\unattend.xml'),
        (Join-Path $System32 'Sysprep\unattend.xml'),
        (Join-Path $SystemDrive 'unattend.xml'),
        (Join-Path $SystemDrive 'autounattend.xml'))
    foreach ($file in $unattend) {
        if (-not (Test-Path -LiteralPath $file -PathType Leaf)) { continue }
        $n = 0
        foreach ($line in [System.IO.File]::ReadAllLines($file)) {
            $n++
            Add-DriveRefs "$file line $n" $line
        }
    }
    Set-Fact 'windows.drive_references' $DriveRefs "services, Run keys, machine environment, page file, unattend files, startup task working directories (drives other than $SystemDrive)" -Array
}

# ---------------------------------------------------------------------------------------------------------
# sysprep: ImageState, GeneralizationState, whether sysprep can run
# ---------------------------------------------------------------------------------------------------------
$null = Invoke-Group 'sysprep' 'windows.sysprep' {
    $stateKey = 'SOFTWARE\Microsoft\Windows\CurrentVersion\Setup\State'
    $state = Get-RegValue $stateKey 'ImageState'
    if (Test-Text $state) {
        Set-Fact 'windows.sysprep.image_state' ([string]$state) "HKLM\$stateKey ImageState"
    } else {
        Add-ProbeError 'windows.sysprep.image_state' "HKLM\$stateKey has no ImageState"
    }
    $statusKey = 'SYSTEM\Setup\Status\SysprepStatus'
    $gen = Get-RegValue $statusKey 'GeneralizationState'
    if ($null -ne $gen) {
        Set-Fact 'windows.sysprep.generalization_state' ([int]$gen) "HKLM\$statusKey GeneralizationState"
    }

    $reasons = New-Object 'System.Collections.Generic.List[string]'
    $exe = Join-Path $System32 'Sysprep\sysprep.exe'
    if (-not (Test-Path -LiteralPath $exe -PathType Leaf)) {
        $reasons.Add("sysprep.exe is missing from $(Split-Path $exe -Parent)")
    }
    # Once generalized these keys describe that run, not a blocked one.
    if ([string]$state -ne $GeneralizedState) {
        if ($null -ne $gen -and [int]$gen -ne 7) {
            $reasons.Add("HKLM\$statusKey GeneralizationState is $gen, not 7: a previous sysprep failed or was blocked")
        }
        if (Test-RegKey 'SYSTEM\Setup\Upgrade') {
            $reasons.Add('Windows was upgraded in place (HKLM\SYSTEM\Setup\Upgrade exists): sysprep does not generalize an upgraded installation')
        }
    }
    Set-Fact 'windows.sysprep.disabled' ($reasons.Count -gt 0) "$exe, HKLM\$statusKey, HKLM\SYSTEM\Setup\Upgrade"
    if ($reasons.Count -gt 0) {
        Set-Fact 'windows.sysprep.disabled_reason' ($reasons -join '; ')
    }
}

# ---------------------------------------------------------------------------------------------------------
# features: installed roles and features (Server: Get-WindowsFeature)
# ---------------------------------------------------------------------------------------------------------
$FeatureNames = $null
$null = Invoke-Group 'features' 'windows.features_installed' {
    if (-not (Get-Command -Name Get-WindowsFeature -ErrorAction SilentlyContinue)) {
        Import-Module ServerManager -ErrorAction Stop
    }
    $names = New-Object 'System.Collections.Generic.List[string]'
    foreach ($f in @(Get-WindowsFeature -ErrorAction Stop)) {
        if ($f.Installed -eq $true) { $names.Add([string]$f.Name) }
    }
    $script:FeatureNames = $names
    Set-Fact 'windows.features_installed' $names 'Get-WindowsFeature (Installed)' -Array
}

# ---------------------------------------------------------------------------------------------------------
# BitLocker on the OS volume
# ---------------------------------------------------------------------------------------------------------
$null = Invoke-Group 'bitlocker' 'windows.bitlocker' {
    if (-not $IsAdmin) { throw 'needs an elevated (administrator) session: Win32_EncryptableVolume is readable only by administrators' }
    $ns = 'root/CIMV2/Security/MicrosoftVolumeEncryption'
    try {
        $vol = Get-CimInstance -Namespace $ns -ClassName Win32_EncryptableVolume -Filter "DriveLetter='$SystemDrive'" -ErrorAction Stop
    } catch {
        # Without the BitLocker feature there is no BitLocker namespace, and no BitLocker.
        if ($null -ne $FeatureNames -and -not $FeatureNames.Contains('BitLocker')) {
            Set-Fact 'windows.bitlocker.os_volume_protection' 'off' "the BitLocker feature is not installed ($(Get-ErrorText $_))"
            return
        }
        throw
    }
    if ($null -eq $vol) { throw "Win32_EncryptableVolume has no volume $SystemDrive" }
    $vol = @($vol)[0]
    $p = Invoke-CimMethod -InputObject $vol -MethodName GetProtectionStatus -ErrorAction Stop
    $protection = 'unknown'
    if ([int]$p.ProtectionStatus -eq 0) { $protection = 'off' }
    if ([int]$p.ProtectionStatus -eq 1) { $protection = 'on' }
    Set-Fact 'windows.bitlocker.os_volume_protection' $protection "Win32_EncryptableVolume $SystemDrive GetProtectionStatus ($([int]$p.ProtectionStatus))"
    try {
        $c = Invoke-CimMethod -InputObject $vol -MethodName GetConversionStatus -ErrorAction Stop
        $names = @('FullyDecrypted', 'FullyEncrypted', 'EncryptionInProgress', 'DecryptionInProgress', 'EncryptionPaused', 'DecryptionPaused')
        $cs = [int]$c.ConversionStatus
        if ($cs -ge 0 -and $cs -lt $names.Length) {
            Set-Fact 'windows.bitlocker.os_volume_encryption' $names[$cs] "Win32_EncryptableVolume $SystemDrive GetConversionStatus ($cs)"
        }
    } catch {
        Add-ProbeError 'windows.bitlocker.os_volume_encryption' (Get-ErrorText $_)
    }
}

# ---------------------------------------------------------------------------------------------------------
# network: the primary adapter (default route, lowest metric): DHCP, IPv6, static DNS servers
# ---------------------------------------------------------------------------------------------------------
$null = Invoke-Group 'network' 'windows.network' {
    $configs = @(Get-CimInstance -ClassName Win32_NetworkAdapterConfiguration -Filter 'IPEnabled = TRUE' -ErrorAction Stop)
    $primary = $null
    $best = [int64]::MaxValue
    foreach ($c in $configs) {
        $gateways = @($c.DefaultIPGateway | Where-Object { Test-Text $_ })
        if ($gateways.Count -eq 0) { continue }
        $metric = [int64]::MaxValue - 1
        if ($null -ne $c.IPConnectionMetric) { $metric = [int64]$c.IPConnectionMetric }
        if ($metric -lt $best) { $best = $metric; $primary = $c }
    }
    if ($null -eq $primary -and $configs.Count -eq 1) { $primary = $configs[0] }
    if ($null -eq $primary) { throw "no primary adapter: $($configs.Count) IP-enabled adapters and none with a default gateway" }

    Set-Fact 'windows.network.adapter' ([string]$primary.Description) 'Win32_NetworkAdapterConfiguration (default gateway, lowest metric)'
    Set-Fact 'windows.network.dhcp_enabled' ([bool]$primary.DHCPEnabled) "Win32_NetworkAdapterConfiguration DHCPEnabled ($([string]$primary.Description))"

    $dc = Get-RegValue 'SYSTEM\CurrentControlSet\Services\Tcpip6\Parameters' 'DisabledComponents'
    # 0x10: IPv6 off on all non-tunnel interfaces (0xFF includes it)
    $offGlobally = ($null -ne $dc) -and (([int64]$dc -band 0x10) -ne 0)
    if ($offGlobally) {
        Set-Fact 'windows.network.ipv6_enabled' $false "HKLM\SYSTEM\CurrentControlSet\Services\Tcpip6\Parameters DisabledComponents ($dc)"
    } else {
        try {
            $binding = Get-NetAdapterBinding -InterfaceDescription ([string]$primary.Description) -ComponentID ms_tcpip6 -ErrorAction Stop
            Set-Fact 'windows.network.ipv6_enabled' ([bool](@($binding)[0].Enabled)) 'Get-NetAdapterBinding ms_tcpip6'
        } catch {
            Add-ProbeError 'windows.network.ipv6_enabled' (Get-ErrorText $_)
        }
    }

    $ifKey = 'SYSTEM\CurrentControlSet\Services\Tcpip\Parameters\Interfaces\' + [string]$primary.SettingID
    if (Test-RegKey $ifKey) {
        $ns = [string](Get-RegValue $ifKey 'NameServer')
        $servers = New-Object 'System.Collections.Generic.List[string]'
        foreach ($s in ($ns -split '[,\s]+')) {
            if ($s -ne '') { $servers.Add($s) }
        }
        Set-Fact 'windows.network.static_dns' $servers "HKLM\$ifKey NameServer" -Array
    } else {
        Add-ProbeError 'windows.network.static_dns' "HKLM\$ifKey does not exist"
    }
}

# ---------------------------------------------------------------------------------------------------------
# the document
# ---------------------------------------------------------------------------------------------------------
Set-Fact 'windows.probe.version' $ProbeVersion
Set-Fact 'windows.probe.powershell' ([string]$PSVersionTable.PSVersion)
Set-Fact 'windows.probe.errors' $Errors -Array

# facts: (root)
$out = [ordered]@{ schema_version = 1 }
if ($ImageName -ne '') {
    # facts: image
    $out['image'] = [ordered]@{ name = $ImageName }
}
$out['stage'] = $Stage
# facts: probe
$out['probe'] = [ordered]@{ kind = 'windows'; version = $ProbeVersion; duration_ms = [int64]$Clock.ElapsedMilliseconds }
foreach ($k in @('os', 'disks', 'windows')) {
    if ($Doc.Contains($k)) { $out[$k] = $Doc[$k] }
}
$out['provenance'] = $Provenance

try {
    $json = ConvertTo-Json -InputObject $out -Depth 20 -Compress
    # Pure ASCII whatever the console's code page: non-ASCII characters (only ever inside strings) as \uXXXX.
    $json = [regex]::Replace($json, '[^\x00-\x7F]', { param($m) '\u{0:x4}' -f [int][char]$m.Value })
    if ($OutFile -ne '') {
        $OutFile = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile)
        [System.IO.File]::WriteAllText($OutFile, $json + "`n", (New-Object System.Text.UTF8Encoding -ArgumentList $false))
    } else {
        Write-Output $json
    }
} catch {
    [Console]::Error.WriteLine("probe.ps1: could not write the facts document: $(Get-ErrorText $_)")
    exit 1
}
exit 0
