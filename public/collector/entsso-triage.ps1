<#
.SYNOPSIS
  Collects, read-only, the evidence the ENTSSO master secret triage tool asks for
  (events 10526, 10560, 10524, 10532 and 10527).

.DESCRIPTION
  Run it on the server that logged the event, as the person who ran the failing command,
  in the window they used (elevated or not: that is one of the answers). It reads the logon token, the SSO database settings (ssomanage -displaydb),
  the ENTSSO registry keys and service, the Application log, and optionally the backup
  folder, then prints one block to paste into the triage tool's Event text field.

  It changes nothing: no service, registry key, file or SSO setting is written. It does
  use the network: ssomanage -displaydb asks the SSO server (which reads the SSO
  database), the group probe may ask Active Directory, a cluster node asks its cluster
  service, and short TCP tests reach the SQL Server and the master secret server's port
  135. Each probe stands alone: one that fails says why, the rest go on.

  Where policy allows only signed scripts, -ExecutionPolicy Bypass may be refused: compare
  this file's SHA-256 (Get-FileHash) with the one the triage page shows, then follow your
  organisation's rule for unsigned scripts, or run the probes by hand.

.PARAMETER BackupPath
  The backup file path you give (or gave) to ssoconfig; for a 10560 or 10524 the file
  the event names is used when none is given.

.PARAMETER Hours
  How far back to read ENTSSO events from the Application log (default 24).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File .\entsso-triage.ps1 -BackupPath D:\SSOBackup\secret.bak -Hours 48
#>
[CmdletBinding()]
param(
  [string]$BackupPath,
  [ValidateRange(1, 720)][int]$Hours = 24
)

$ErrorActionPreference = 'Stop'
$found = [ordered]@{ format = 'entsso-triage/1' }
$details = [ordered]@{}

# Records an answer ('yes' or 'no') with the reason, in the contract's names.
function Answer([string]$Name, [bool]$Value, [string]$Why) {
  $found[$Name] = $(if ($Value) { 'yes' } else { 'no' })
  $details[$Name] = $Why
}

# Records why a probe could not tell: its key stays out of the block.
function Unknown([string]$Name, [string]$Why) {
  $details[$Name] = "not answered: $Why"
}

# A TCP connection test with a short time-out; nothing is sent.
function Test-Port([string]$Server, [int]$Port) {
  $client = [System.Net.Sockets.TcpClient]::new()
  try {
    $task = $client.ConnectAsync($Server, $Port)
    return ($task.Wait(3000) -and $client.Connected)
  } catch {
    return $false
  } finally {
    $client.Dispose()
  }
}

$ssoFolder = Join-Path ${env:CommonProgramFiles} 'Enterprise Single Sign-On'

# Who and where: the account running this window and this computer -> user, computer, host.
$identity = [Security.Principal.WindowsIdentity]::GetCurrent()
$found.user = $identity.Name
$found.computer = $env:COMPUTERNAME
$found.host = $env:COMPUTERNAME
$windowUser = $identity.Name

# ENTSSO events of the Application log -> seen, events, and the newest failure's event,
# with its own values by its event's order: code, tid, time, backup, msid, prevmsid,
# secretno, triedserver (and for a 10527 the Client User and Client Computer).
$entries = @()
$failure = $null
try {
  $since = (Get-Date).AddHours(-$Hours)
  $entries = @(Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'ENTSSO'; StartTime = $since } -MaxEvents 500 -ErrorAction Stop)
  $found.seen = [object[]]@($entries | ForEach-Object { $_.Id } | Sort-Object -Unique)
  $found.events = [object[]]@($entries | Select-Object -First 100 | ForEach-Object {
      $message = [string]$_.Message
      [ordered]@{
        id      = $_.Id
        time    = $_.TimeCreated.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
        message = $message.Substring(0, [math]::Min(300, $message.Length))
      }
    })
  $failure = $entries | Where-Object { $_.Id -in 10526, 10560, 10524, 10532, 10527 } | Select-Object -First 1
  if ($failure) {
    $found.event = $failure.Id
    $found.time = $failure.TimeCreated.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
    $values = @($failure.Properties | ForEach-Object { [string]$_.Value })
    # Which value holds what, per event (the contract's field order).
    $layout = @{
      10526 = @('', '', 'tid', 'code')
      10560 = @('backup', 'msid', 'prevmsid', '', 'code')
      10524 = @('backup', 'msid', 'prevmsid', '', 'code')
      10532 = @('triedserver', 'code')
      10527 = @('secretno', 'user', 'computer', 'tid', 'code')
    }[$failure.Id]
    for ($i = 0; $i -lt [math]::Min($layout.Count, $values.Count); $i++) {
      if ($layout[$i]) { $found[$layout[$i]] = $values[$i] }
    }
    # A code may be followed by the message of that code: only the code is kept.
    if ($found.Contains('code') -and [string]$found.code -match '^\s*(0x[0-9A-Fa-f]{1,8})') { $found.code = $Matches[1] }
    if (($failure.Id -eq 10560 -or $failure.Id -eq 10524) -and -not $BackupPath -and $found.Contains('backup')) { $BackupPath = [string]$found.backup }
  }
  $details.events = "$($entries.Count) ENTSSO events since $($since.ToUniversalTime().ToString('u'))"
} catch {
  if ($_.FullyQualifiedErrorId -like 'NoMatchingEventsFound*') {
    $found.seen = [object[]]@()
    $details.events = "no ENTSSO events in the last $Hours hours"
  } else {
    Unknown 'events' "the Application log could not be read: $($_.Exception.Message)"
  }
}
# A 10527 is about the account that asked, not this window's: no answer about this window.
$forWindow = -not $failure -or $failure.Id -ne 10527

# The logon token's groups (whoami /groups, read by SID so any language works) -> elevated.
$tokenGroups = @()
try {
  $tokenGroups = @(& whoami.exe '/groups' '/fo' 'csv' '/nh' | ConvertFrom-Csv -Header @('Name', 'Type', 'Sid', 'Attributes'))
  $high = @($tokenGroups | Where-Object { $_.Sid -eq 'S-1-16-12288' -or $_.Sid -eq 'S-1-16-16384' })
  Answer 'elevated' ($high.Count -gt 0) $(if ($high.Count -gt 0) { 'the token has the High Mandatory Level' } else { 'the token has no High Mandatory Level: not run as administrator' })
} catch {
  Unknown 'elevated' "whoami /groups failed: $($_.Exception.Message)"
}

# The SSOSS key: a secret in this computer's registry. Every node of a clustered master
# secret server has one, so it never answers mss alone; it only adds to the details.
$holdsSecret = $null
try {
  $holdsSecret = Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\ENTSSO\SSOSS'
  $details.ssoss = $(if ($holdsSecret) { "the SSOSS key is present on $env:COMPUTERNAME" } else { "no SSOSS key on $env:COMPUTERNAME" })
} catch {
  $details.ssoss = "the ENTSSO registry key could not be read: $($_.Exception.Message)"
}

# The SSO database settings, as ssomanage -displaydb prints them -> secretserver, ssoadmins, sqlserver.
try {
  $exe = Join-Path $ssoFolder 'ssomanage.exe'
  $text = (& $exe -displaydb 2>&1 | Out-String)
  $patterns = [ordered]@{
    secretserver = '(?im)^\s*Secret\s*Server(?:\s*Name)?\s*[:=]\s*(\S.*?)\s*$'
    ssoadmins    = '(?im)^\s*SSO\s*Admin(?:istrator)?s?\s*account\s*[:=]\s*(\S.*?)\s*$'
    sqlserver    = '(?im)^\s*SQL\s*Server(?:\s*Name)?\s*[:=]\s*(\S.*?)\s*$'
  }
  foreach ($key in $patterns.Keys) {
    $m = [regex]::Match($text, $patterns[$key])
    if ($m.Success) { $found[$key] = $m.Groups[1].Value } else { Unknown $key 'not in the ssomanage -displaydb output' }
  }
} catch {
  Unknown 'ssomanage' "ssomanage -displaydb could not run: $($_.Exception.Message)"
}

# SSO Administrators: the group in the token means it counts now; in the directory only,
# the logon is older than the change -> ssoadmin, relogon.
if ($found.Contains('ssoadmins') -and $tokenGroups.Count -gt 0) {
  $group = [string]$found.ssoadmins
  $short = $group.Substring($group.LastIndexOf('\') + 1)
  $inToken = @($tokenGroups | Where-Object { $_.Name -eq $group -or $_.Name -like "*\$short" }).Count -gt 0
  if ($inToken) {
    Answer 'ssoadmin' $true "$group is in the logon token"
    Answer 'relogon' $true 'the current logon already carries the group'
  } else {
    try {
      Add-Type -AssemblyName System.DirectoryServices.AccountManagement
      $me = [System.DirectoryServices.AccountManagement.UserPrincipal]::Current
      $inDirectory = @($me.GetAuthorizationGroups() | Where-Object { $_.SamAccountName -eq $short }).Count -gt 0
      Answer 'ssoadmin' $inDirectory $(if ($inDirectory) { "the directory lists $group for this account" } else { "$group is neither in the token nor in the directory" })
      if ($inDirectory) { Answer 'relogon' $false 'the directory has the group, the logon token does not: log off and on' }
    } catch {
      Answer 'ssoadmin' $false "$group is not in the logon token (the directory could not be asked: $($_.Exception.Message))"
    }
  }
}

# Clustered: the ENTSSO Generic Service resource, the cluster role (group) that holds it,
# and that role's own Network Name resource: the SSO network name, never the cluster's
# own name -> cluster, and the name the SSO database should record.
$roleName = $null
$roleNetRes = $null
$clusterRes = $null
try {
  if (Test-Path -LiteralPath 'HKLM:\Cluster\Resources') {
    $resources = @(Get-ChildItem -LiteralPath 'HKLM:\Cluster\Resources')
    $ssoRes = $resources | Where-Object {
      (Get-ItemProperty -LiteralPath "$($_.PSPath)\Parameters" -ErrorAction SilentlyContinue).ServiceName -eq 'ENTSSO'
    } | Select-Object -First 1
    Answer 'cluster' ($null -ne $ssoRes) $(if ($ssoRes) { 'ENTSSO is a cluster Generic Service resource' } else { 'a cluster node, but ENTSSO is not a cluster resource' })
    if ($ssoRes) {
      $clusterRes = (Get-ItemProperty -LiteralPath $ssoRes.PSPath).Name
      $role = Get-ChildItem -LiteralPath 'HKLM:\Cluster\Groups' | Where-Object { @((Get-ItemProperty -LiteralPath $_.PSPath).Contains) -contains $ssoRes.PSChildName } | Select-Object -First 1
      foreach ($id in @(if ($role) { (Get-ItemProperty -LiteralPath $role.PSPath).Contains })) {
        $r = Get-ItemProperty -LiteralPath "HKLM:\Cluster\Resources\$id" -ErrorAction SilentlyContinue
        if ($r.Type -eq 'Network Name') {
          $roleName = (Get-ItemProperty -LiteralPath "HKLM:\Cluster\Resources\$id\Parameters").Name
          $roleNetRes = $r.Name
        }
      }
    }
  } else {
    Answer 'cluster' $false 'this computer is not a cluster node'
  }
} catch {
  Unknown 'cluster' "the cluster registry could not be read: $($_.Exception.Message)"
}

# On a cluster, the cluster service says which node owns the ENTSSO resource and its state
# -> owner, svc. The local ENTSSO service of a node says nothing about the clustered one.
$clusterState = $null
if ($clusterRes) {
  try {
    $live = Get-ClusterResource -Name $clusterRes -ErrorAction Stop
    $clusterState = [string]$live.State
    $owns = [string]$live.OwnerNode.Name -eq $env:COMPUTERNAME
    Answer 'owner' $owns "the ENTSSO resource is owned by $($live.OwnerNode.Name)"
    Answer 'svc' ($clusterState -eq 'Online') "the clustered ENTSSO resource is $clusterState"
  } catch {
    Unknown 'owner' "Get-ClusterResource could not tell: $($_.Exception.Message)"
    Unknown 'svc' 'on a cluster, svc is read from the ENTSSO resource, which could not be read'
  }
}

# The clustered ENTSSO resource presents the SSO network name: "Use Network Name for
# computer name" ticked and a dependency on its role's Name resource -> netname.
if ($clusterRes) {
  try {
    $useName = (Get-ItemProperty -LiteralPath "$($ssoRes.PSPath)\Parameters").UseNetworkName
    $depends = [string](Get-ClusterResourceDependency -Resource $clusterRes -ErrorAction Stop).DependencyExpression
    $onName = [bool]$roleNetRes -and $depends.Contains("[$roleNetRes]")
    Answer 'netname' ($useName -eq 1 -and $onName) "UseNetworkName is $useName; the resource depends on: $depends"
  } catch {
    Unknown 'netname' "the ENTSSO resource's settings could not be read: $($_.Exception.Message)"
  }
}

# Is this the master secret server: the recorded name against this computer, or on a
# cluster against the SSO network name of the role this node owns -> mss, mssname.
$isMss = $null
if ($found.Contains('secretserver')) {
  $recorded = ([string]$found.secretserver).Split('.')[0]
  $mine = $(if ($roleName) { ([string]$roleName).Split('.')[0] } else { $env:COMPUTERNAME })
  $isMss = $recorded -eq $mine -and ($null -eq $roleName -or $found.owner -eq 'yes')
  Answer 'mss' $isMss $(if ($isMss) { "$recorded is recorded and names this computer" } else { "$recorded is recorded; this is $env:COMPUTERNAME$(if ($roleName) { ", SSO network name $roleName" })" })
  if ($roleName) {
    Answer 'mssname' ($recorded -eq $mine) "recorded $recorded; the SSO network name of the role holding ENTSSO is $roleName"
  } elseif ($isMss -and $null -ne $holdsSecret) {
    Answer 'mssname' $holdsSecret $(if ($holdsSecret) { "$recorded names this computer, which holds the secret" } else { "$recorded names this computer, which holds no secret" })
  }
}

# Local administrator on the master secret server: the Administrators SID in the token,
# even as deny-only in a window that is not elevated -> localadmin.
if ($isMss -and $tokenGroups.Count -gt 0) {
  $admins = @($tokenGroups | Where-Object { $_.Sid -eq 'S-1-5-32-544' })
  Answer 'localadmin' ($admins.Count -gt 0) $(if ($admins.Count -gt 0) { 'BUILTIN\Administrators is in the token' } else { 'BUILTIN\Administrators is not in the token' })
} elseif ($isMss -eq $false) {
  Unknown 'localadmin' 'this computer is not the master secret server'
}

# The ENTSSO service of this computer, when it is the master secret server and not
# clustered -> svc.
if (-not $clusterRes) {
  try {
    $service = Get-CimInstance -ClassName Win32_Service -Filter "Name='ENTSSO'"
    if ($null -eq $service) {
      Unknown 'svc' 'ENTSSO is not installed on this computer'
    } elseif ($isMss) {
      Answer 'svc' ($service.State -eq 'Running') "ENTSSO is $($service.State), running as $($service.StartName)"
    } else {
      Unknown 'svc' "this is not the master secret server (ENTSSO here is $($service.State), as $($service.StartName))"
    }
  } catch {
    Unknown 'svc' "the service could not be read: $($_.Exception.Message)"
  }
}

# The SQL Server of the SSO database: a TCP test of its port -> db.
if ($found.Contains('sqlserver')) {
  $sql = [string]$found.sqlserver
  $server = ($sql -split '[\\,]')[0]
  $port = $(if ($sql -match ',(\d+)$') { [int]$Matches[1] } elseif ($sql -match '\\') { 0 } else { 1433 })
  if ($port -eq 0) {
    Unknown 'db' "$sql is a named instance on a port this script cannot know"
  } else {
    $open = Test-Port $server $port
    Answer 'db' $open "TCP $port on $server $(if ($open) { 'answered' } else { 'did not answer' })"
  }
}

# RPC to the master secret server, when it is another computer: TCP 135 -> rpc.
if ($found.Contains('secretserver') -and $isMss -eq $false -and $found.owner -ne 'no') {
  $target = [string]$found.secretserver
  $open = Test-Port $target 135
  Answer 'rpc' $open "TCP 135 on $target $(if ($open) { 'answered (the dynamic range was not tested)' } else { 'did not answer' })"
}

# The backup folder, read only: file system, folder, free space -> ntfs, folder, space.
if ($BackupPath) {
  $found.backup = $BackupPath
  try {
    if ($BackupPath -match '^(\\\\|//)') {
      Unknown 'ntfs' 'a network share: Microsoft names NTFS or removable media; the tool lists a share as a possible cause, not an answer'
    } else {
      $drive = [System.IO.DriveInfo]::new([System.IO.Path]::GetPathRoot($BackupPath))
      $usable = $drive.DriveFormat -eq 'NTFS' -or $drive.DriveType -eq 'Removable'
      Answer 'ntfs' $usable "$($drive.Name) is $($drive.DriveFormat), $($drive.DriveType)"
      Answer 'space' ($drive.AvailableFreeSpace -gt 1048576) "$([math]::Round($drive.AvailableFreeSpace / 1048576)) MB free on $($drive.Name)"
    }
    $folder = Split-Path -Path $BackupPath -Parent
    Answer 'folder' ([bool]$folder -and (Test-Path -LiteralPath $folder -PathType Container)) "folder $folder"
  } catch {
    Unknown 'backup' "the backup path could not be read: $($_.Exception.Message)"
  }
}

# The SSOSS key alone never says this computer is the master secret server, so these run
# only on it (clustered: the owning node) -> secretkey, secretmatch, restarted.
if ($isMss -or ($clusterRes -and $found.owner -eq 'yes')) {
  # The secret: GUID-named keys under SSOSS -> secretkey; the MSID in use among them -> secretmatch.
  try {
    $guids = @()
    if (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\ENTSSO\SSOSS') {
      $guids = @(Get-ChildItem -LiteralPath 'HKLM:\SOFTWARE\Microsoft\ENTSSO\SSOSS' | ForEach-Object { $_.PSChildName.Trim('{}').ToLower() } | Where-Object { $_ -match '^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$' })
    }
    Answer 'secretkey' ($guids.Count -gt 0) "$($guids.Count) secret key(s) under SSOSS on $env:COMPUTERNAME"
    $inUse = $entries | Where-Object { $_.Id -in 10528, 10529, 10533 } | Select-Object -First 1
    $m = [regex]::Match([string]$inUse.Message, '(?i)MSID\s*:?\s*\{?([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})')
    if ($guids.Count -gt 0 -and $m.Success) {
      Answer 'secretmatch' ($guids -contains $m.Groups[1].Value.ToLower()) "event $($inUse.Id) names $($m.Groups[1].Value) as the secret in use"
    }
  } catch {
    Unknown 'secretkey' "SSOSS could not be listed (run elevated): $($_.Exception.Message)"
  }
  # Since the secret server name was changed (10575), did ENTSSO here start again
  # (10534, 10501, 10611)? -> restarted.
  $renamed = $entries | Where-Object { $_.Id -eq 10575 } | Select-Object -First 1
  if ($renamed) {
    $started = $entries | Where-Object { $_.Id -in 10534, 10501, 10611 -and $_.TimeCreated -gt $renamed.TimeCreated } | Select-Object -First 1
    Answer 'restarted' ([bool]$started) $(if ($started) { "event $($started.Id) at $($started.TimeCreated) follows the name change" } else { "no service start after the name change at $($renamed.TimeCreated)" })
  } else {
    Unknown 'restarted' 'no name change (10575) in the hours read'
  }
}

# A 10532: this server asked for the secret as its ENTSSO service account, which must be
# in SSO Administrators -> svcadmin.
if ($failure -and $failure.Id -eq 10532 -and $found.Contains('ssoadmins')) {
  try {
    $account = [string](Get-CimInstance -ClassName Win32_Service -Filter "Name='ENTSSO'").StartName
    Add-Type -AssemblyName System.DirectoryServices.AccountManagement
    $context = [System.DirectoryServices.AccountManagement.PrincipalContext]::new('Domain')
    $groupName = [string]$found.ssoadmins
    $group = [System.DirectoryServices.AccountManagement.GroupPrincipal]::FindByIdentity($context, $groupName.Substring($groupName.LastIndexOf('\') + 1))
    $member = @($group.GetMembers($true) | Where-Object { $_.SamAccountName -eq $account.Substring($account.LastIndexOf('\') + 1) }).Count -gt 0
    Answer 'svcadmin' $member "ENTSSO runs as $account; $(if ($member) { 'a member' } else { 'not a member' }) of $groupName"
  } catch {
    Unknown 'svcadmin' "the service account or the group could not be read: $($_.Exception.Message)"
  }
}

# A 10524: the file it names, on this computer -> filefound; readable, only when this window
# runs as the event's Client User -> fileread.
if ($failure -and $failure.Id -eq 10524 -and $found.Contains('backup')) {
  $file = [string]$found.backup
  $there = Test-Path -LiteralPath $file -PathType Leaf
  Answer 'filefound' $there "$file $(if ($there) { 'is there' } else { 'is not there' }) on $env:COMPUTERNAME"
  $clientUser = [string]@($failure.Properties)[3].Value
  if ($there -and $clientUser -eq $windowUser) {
    try {
      [System.IO.File]::OpenRead($file).Dispose()
      Answer 'fileread' $true "$windowUser can open it for reading"
    } catch {
      Answer 'fileread' $false "$windowUser cannot open it: $($_.Exception.Message)"
    }
  } elseif ($there) {
    Unknown 'fileread' "this window runs as $windowUser, the restore ran as $clientUser"
  }
}

# A 10527 asks about the account that requested the secret: no answer about this window.
if (-not $forWindow) {
  foreach ($key in @('elevated', 'ssoadmin', 'relogon', 'localadmin')) {
    if ($found.Contains($key)) {
      $found.Remove($key)
      Unknown $key "a 10527 asks about its Client User ($($found.user)), not about this window"
    }
  }
}

$found.details = $details
Write-Output '-----BEGIN ENTSSO TRIAGE-----'
Write-Output ($found | ConvertTo-Json -Depth 4)
Write-Output '-----END ENTSSO TRIAGE-----'
