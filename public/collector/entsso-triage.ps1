<#
.SYNOPSIS
  Collects, read-only, the evidence the ENTSSO master secret triage tool asks for
  (events 10526, 10560, 10524, 10532 and 10527).

.DESCRIPTION
  Run it on the server that logged the event, as the person who ran the failing command,
  in the window they used (elevated or not: that is one of the answers). It reads the
  logon token, the SSO database settings, the ENTSSO registry keys and service, the
  Application log, and optionally the backup folder, then prints one block to paste into
  the triage tool's Event text field.

  It changes nothing: no service, registry key, file or SSO setting is written. It does
  use the network: the SSO database settings come from the SSO server (which reads the
  SSO database), the group probes may ask Active Directory, a cluster node asks its
  cluster service, and short TCP tests reach the SQL Server and the master secret
  server's port 135. Each probe stands alone: one that fails says why, the rest go on.

  Every read from outside the script goes through one of the small Read-*/Test-*
  functions at the top, so that each can be checked, and replaced in the tests.

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

# ---------------------------------------------------------------------------------------
# Reads from outside the script, one small function each.
# ---------------------------------------------------------------------------------------

function Read-ComputerName { [string]$env:COMPUTERNAME }

# The account running this window, with its security identifier.
function Read-WindowIdentity {
  $id = [Security.Principal.WindowsIdentity]::GetCurrent()
  [pscustomobject]@{ Name = [string]$id.Name; Sid = [string]$id.User.Value }
}

# The Enterprise SSO folder, where ssomanage, its interop assembly and relative backup
# file names live.
function Read-SsoFolder { Join-Path ${env:CommonProgramFiles} 'Enterprise Single Sign-On' }

# ENTSSO events of the Application log since a time, newest first; none is an empty list.
function Read-EntssoEvents([datetime]$Since) {
  try {
    @(Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'ENTSSO'; StartTime = $Since } -MaxEvents 500 -ErrorAction Stop | ForEach-Object {
        [pscustomobject]@{
          Id          = [int]$_.Id
          TimeCreated = $_.TimeCreated.ToUniversalTime()
          Message     = [string]$_.Message
          Values      = [string[]]@($_.Properties | ForEach-Object { [string]$_.Value })
        }
      })
  } catch {
    if ($_.FullyQualifiedErrorId -like 'NoMatchingEventsFound*') { return @() }
    throw
  }
}

# The logon token's groups, by name and SID (whoami /groups as CSV).
function Read-TokenGroups {
  @(& whoami.exe '/groups' '/fo' 'csv' '/nh' | ConvertFrom-Csv -Header @('Name', 'Type', 'Sid', 'Attributes'))
}

function Test-RegistryKey([string]$Path) { Test-Path -LiteralPath $Path }
function Read-RegistrySubkeys([string]$Path) { @(Get-ChildItem -LiteralPath $Path | ForEach-Object { [string]$_.PSChildName }) }
# The values of a key as name -> value; none when the key is not there.
function Read-RegistryValues([string]$Path) {
  $values = @{}
  $item = Get-ItemProperty -LiteralPath $Path -ErrorAction SilentlyContinue
  if ($item) { foreach ($p in $item.PSObject.Properties) { $values[$p.Name] = $p.Value } }
  $values
}

# This computer's ENTSSO service (state and account), or nothing when it is not installed.
function Read-EntssoService {
  $service = Get-CimInstance -ClassName Win32_Service -Filter "Name='ENTSSO'"
  if ($service) { [pscustomobject]@{ State = [string]$service.State; StartName = [string]$service.StartName } }
}

# The SSO database settings through Enterprise SSO's own interface (ISSOAdmin.GetGlobalInfo),
# in any display language; nothing when its interop assembly is not on this computer.
function Read-SsoGlobalInfo {
  $dll = Join-Path (Read-SsoFolder) 'Microsoft.EnterpriseSingleSignOn.Interop.dll'
  if (Test-Path -LiteralPath $dll) { Add-Type -Path $dll } else {
    $gac = [Reflection.Assembly]::LoadWithPartialName('Microsoft.EnterpriseSingleSignOn.Interop')
    if (-not $gac) { return }
  }
  $admin = [Activator]::CreateInstance([type]'Microsoft.EnterpriseSingleSignOn.Interop.SSOAdmin')
  $flags = 0; $appDelete = 0; $mappingDelete = 0; $ntpLookup = 0; $xpLookup = 0; $ticket = 0; $cache = 0
  $secretServer = ''; $adminGroup = ''; $affiliateGroup = ''
  $admin.GetGlobalInfo([ref]$flags, [ref]$appDelete, [ref]$mappingDelete, [ref]$ntpLookup, [ref]$xpLookup, [ref]$ticket, [ref]$cache, [ref]$secretServer, [ref]$adminGroup, [ref]$affiliateGroup)
  [pscustomobject]@{ SecretServer = [string]$secretServer; AdminGroup = [string]$adminGroup }
}

# The SSO database settings as ssomanage -displaydb prints them (text in the display language).
function Read-SsoManageDisplayDb { (& (Join-Path (Read-SsoFolder) 'ssomanage.exe') -displaydb 2>&1 | Out-String) }

# A cluster resource's state and owner node.
function Read-ClusterResource([string]$Name) {
  $resource = Get-ClusterResource -Name $Name -ErrorAction Stop
  [pscustomobject]@{ State = [string]$resource.State; OwnerNode = [string]$resource.OwnerNode.Name }
}
function Read-ClusterDependency([string]$Name) { [string](Get-ClusterResourceDependency -Resource $Name -ErrorAction Stop).DependencyExpression }

# The SIDs of the groups the directory gives the account running this window.
function Read-DirectoryGroupSids {
  Add-Type -AssemblyName System.DirectoryServices.AccountManagement
  @([System.DirectoryServices.AccountManagement.UserPrincipal]::Current.GetAuthorizationGroups() | ForEach-Object { [string]$_.Sid.Value })
}

# The SIDs of a group's members, nested ones included; in the domain, else on this computer.
function Read-GroupMemberSids([string]$Group) {
  Add-Type -AssemblyName System.DirectoryServices.AccountManagement
  foreach ($scope in 'Domain', 'Machine') {
    $context = [System.DirectoryServices.AccountManagement.PrincipalContext]::new($scope)
    $found = [System.DirectoryServices.AccountManagement.GroupPrincipal]::FindByIdentity($context, $Group)
    if ($found) { return @($found.GetMembers($true) | ForEach-Object { [string]$_.Sid.Value }) }
  }
  throw "the group $Group was found neither in the domain nor on this computer"
}

# The SID of an account name (DOMAIN\user, user@domain, NT SERVICE\...).
function Resolve-AccountSid([string]$Account) {
  ([Security.Principal.NTAccount]::new($Account)).Translate([Security.Principal.SecurityIdentifier]).Value
}

function Test-FileExists([string]$Path) { Test-Path -LiteralPath $Path -PathType Leaf }
function Test-FolderExists([string]$Path) { Test-Path -LiteralPath $Path -PathType Container }

# Whether this window can open a file for reading: 'yes', 'in-use' (another program holds
# it), or why not.
function Test-FileReadable([string]$Path) {
  try {
    $stream = [System.IO.File]::Open($Path, 'Open', 'Read', 'ReadWrite')
    $stream.Dispose()
    'yes'
  } catch [System.UnauthorizedAccessException] {
    "denied: $($_.Exception.Message)"
  } catch [System.IO.IOException] {
    # 0x80070020: another program has the file open without sharing it.
    if (($_.Exception.HResult -band 0xFFFF) -eq 0x20) { 'in-use' } else { "unreadable: $($_.Exception.Message)" }
  }
}

function Read-DriveFacts([string]$Root) {
  $drive = [System.IO.DriveInfo]::new($Root)
  [pscustomobject]@{ Name = $drive.Name; Format = [string]$drive.DriveFormat; Type = [string]$drive.DriveType; Free = [long]$drive.AvailableFreeSpace }
}

# A TCP connection test with a short time-out; nothing is sent.
function Test-TcpPort([string]$Server, [int]$Port) {
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

# ---------------------------------------------------------------------------------------
# The probes: what is read, turned into the block's answers.
# ---------------------------------------------------------------------------------------

function Invoke-Triage {
  param([string]$BackupPath, [int]$Hours = 24)

  $ErrorActionPreference = 'Stop'
  $found = [ordered]@{ format = 'entsso-triage/1' }
  $details = [ordered]@{}
  $failureIds = @(10526, 10560, 10524, 10532, 10527)

  # Records an answer ('yes' or 'no') with the reason, in the contract's names.
  function Answer([string]$Name, [bool]$Value, [string]$Why) {
    $found[$Name] = $(if ($Value) { 'yes' } else { 'no' })
    $details[$Name] = $Why
  }
  # Records why a probe could not tell: its key stays out of the block.
  function Unknown([string]$Name, [string]$Why) {
    if ($found.Contains($Name)) { $found.Remove($Name) }
    $details[$Name] = "not answered: $Why"
  }
  $short = { param([string]$Name) ([string]$Name).Split('.')[0].ToLower() }

  $computer = Read-ComputerName
  $identity = Read-WindowIdentity
  $found.user = $identity.Name
  $found.computer = $computer
  $found.host = $computer

  # ENTSSO events -> seen, events, and the failure this run is about: this window's own
  # newest one (its Client User is this account, or a 10532 this computer logged), else the
  # newest of any, with the others counted beside it.
  $entries = @()
  $failure = $null
  $since = (Get-Date).ToUniversalTime().AddHours(-$Hours)
  try {
    $entries = @(Read-EntssoEvents $since | Sort-Object -Property TimeCreated -Descending)
    $found.seen = [object[]]@($entries | ForEach-Object { $_.Id } | Sort-Object -Unique)
    $found.events = [object[]]@($entries | Select-Object -First 100 | ForEach-Object {
        $message = [string]$_.Message
        [ordered]@{
          id      = $_.Id
          time    = $_.TimeCreated.ToString('yyyy-MM-ddTHH:mm:ssZ')
          message = $message.Substring(0, [math]::Min(300, $message.Length))
        }
      })
    $failures = @($entries | Where-Object { $_.Id -in $failureIds })
    $userAt = @{ 10526 = 0; 10560 = 3; 10524 = 3; 10527 = 1 }
    $own = @($failures | Where-Object {
        $_.Id -eq 10532 -or ($userAt.ContainsKey($_.Id) -and @($_.Values).Count -gt $userAt[$_.Id] -and $_.Values[$userAt[$_.Id]] -eq $identity.Name)
      })
    $failure = $(if ($own.Count -gt 0) { $own[0] } elseif ($failures.Count -gt 0) { $failures[0] } else { $null })
    $details.events = "$($entries.Count) ENTSSO events since $($since.ToString('u'))"
    if ($failures.Count -gt 1) {
      $details.failures = "$($failures.Count) failures read; taken: event $($failure.Id) at $($failure.TimeCreated.ToString('u'))$(if ($own.Count -gt 0) { ', the newest of this account or this computer' } else { ', the newest (none names this account)' })"
    }
    if ($failure) {
      $found.event = $failure.Id
      $found.time = $failure.TimeCreated.ToString('yyyy-MM-ddTHH:mm:ssZ')
      $values = @($failure.Values)
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
    if ($entries.Count -eq 0) { $details.events = "no ENTSSO events in the last $Hours hours" }
  } catch {
    Unknown 'events' "the Application log could not be read: $($_.Exception.Message)"
  }
  # A 10527 is about the account that asked, not this window's: no answer about this window.
  $forWindow = -not $failure -or $failure.Id -ne 10527

  # The logon token (read by SID, so any language works) -> elevated.
  $tokenGroups = @()
  try {
    $tokenGroups = @(Read-TokenGroups)
    $high = @($tokenGroups | Where-Object { $_.Sid -eq 'S-1-16-12288' -or $_.Sid -eq 'S-1-16-16384' })
    Answer 'elevated' ($high.Count -gt 0) $(if ($high.Count -gt 0) { 'the token has the High Mandatory Level' } else { 'the token has no High Mandatory Level: not run as administrator' })
  } catch {
    Unknown 'elevated' "whoami /groups failed: $($_.Exception.Message)"
  }

  # The SSOSS key: a secret in this computer's registry. Every node of a clustered master
  # secret server has one, so it never answers mss alone; it only adds to the details.
  $ssoss = 'HKLM:\SOFTWARE\Microsoft\ENTSSO\SSOSS'
  $holdsSecret = $null
  try {
    $holdsSecret = [bool](Test-RegistryKey $ssoss)
    $details.ssoss = $(if ($holdsSecret) { "the SSOSS key is present on $computer" } else { "no SSOSS key on $computer" })
  } catch {
    $details.ssoss = "the ENTSSO registry key could not be read: $($_.Exception.Message)"
  }

  # The SSO database settings -> secretserver, ssoadmins (Enterprise SSO's interface, in
  # any language), sqlserver (ssomanage -displaydb, which is also the fallback).
  $sources = @{}
  try {
    $info = Read-SsoGlobalInfo
    if ($info -and $info.SecretServer) { $found.secretserver = $info.SecretServer; $sources.secretserver = 'ISSOAdmin.GetGlobalInfo' }
    if ($info -and $info.AdminGroup) { $found.ssoadmins = $info.AdminGroup; $sources.ssoadmins = 'ISSOAdmin.GetGlobalInfo' }
  } catch {
    $details.globalinfo = "ISSOAdmin.GetGlobalInfo could not be called: $($_.Exception.Message)"
  }
  try {
    $text = [string](Read-SsoManageDisplayDb)
    # The labels ssomanage prints, and the names Microsoft's page gives these properties.
    $patterns = [ordered]@{
      secretserver = '(?im)^\s*(?:Single\s*Sign-On\s*)?Secret\s*Server(?:\s*Name)?\s*[:=]\s*(\S.*?)\s*$'
      ssoadmins    = '(?im)^\s*(?:SSO|Single\s*Sign-On)\s*Admin(?:istrator)?s?\s*(?:account|group)\s*[:=]\s*(\S.*?)\s*$'
      sqlserver    = '(?im)^\s*SQL\s*Server(?:\s*Name)?\s*[:=]\s*(\S.*?)\s*$'
    }
    foreach ($key in $patterns.Keys) {
      if ($found.Contains($key)) { continue }
      $m = [regex]::Match($text, $patterns[$key])
      if ($m.Success) { $found[$key] = $m.Groups[1].Value; $sources[$key] = 'ssomanage -displaydb' }
      else { Unknown $key 'not in the ssomanage -displaydb output (another display language?)' }
    }
  } catch {
    foreach ($key in 'secretserver', 'ssoadmins', 'sqlserver') {
      if (-not $found.Contains($key)) { Unknown $key "ssomanage -displaydb could not run: $($_.Exception.Message)" }
    }
  }
  foreach ($key in $sources.Keys) { $details[$key] = "read through $($sources[$key])" }

  # SSO Administrators in the token (by SID, so localized names and any domain form
  # match) means it counts now; in the directory only, the logon is older than the
  # change -> ssoadmin, relogon.
  $adminSids = $null
  if ($found.Contains('ssoadmins')) {
    try { $adminSids = @(Resolve-AccountSid ([string]$found.ssoadmins)) } catch { $adminSids = $null }
  }
  if ($found.Contains('ssoadmins') -and $tokenGroups.Count -gt 0) {
    $group = [string]$found.ssoadmins
    $inToken = $(if ($adminSids) { @($tokenGroups | Where-Object { $_.Sid -in $adminSids }).Count -gt 0 } else { @($tokenGroups | Where-Object { $_.Name -eq $group }).Count -gt 0 })
    if ($inToken) {
      Answer 'ssoadmin' $true "$group is in the logon token"
      Answer 'relogon' $true 'the current logon already carries the group'
    } elseif ($adminSids) {
      try {
        $inDirectory = @(Read-DirectoryGroupSids | Where-Object { $_ -in $adminSids }).Count -gt 0
        Answer 'ssoadmin' $inDirectory $(if ($inDirectory) { "the directory lists $group for this account" } else { "$group is neither in the token nor in the directory" })
        if ($inDirectory) { Answer 'relogon' $false 'the directory has the group, the logon token does not: log off and on' }
      } catch {
        Answer 'ssoadmin' $false "$group is not in the logon token (the directory could not be asked: $($_.Exception.Message))"
      }
    } else {
      Unknown 'ssoadmin' "$group is not in the logon token by name, and its SID could not be resolved"
    }
  }

  # Clustered: the ENTSSO Generic Service resource, the role that holds it, and that role's
  # own Network Name resource (the SSO network name, never the cluster's own name).
  $roleName = $null
  $roleNetRes = $null
  $clusterRes = $null
  $ssoResKey = $null
  $isNode = $false
  try {
    $isNode = [bool](Test-RegistryKey 'HKLM:\Cluster\Resources')
    if ($isNode) {
      foreach ($id in @(Read-RegistrySubkeys 'HKLM:\Cluster\Resources')) {
        if ((Read-RegistryValues "HKLM:\Cluster\Resources\$id\Parameters")['ServiceName'] -eq 'ENTSSO') { $ssoResKey = $id; break }
      }
      if ($ssoResKey) {
        $clusterRes = (Read-RegistryValues "HKLM:\Cluster\Resources\$ssoResKey")['Name']
        foreach ($groupKey in @(Read-RegistrySubkeys 'HKLM:\Cluster\Groups')) {
          $contains = @((Read-RegistryValues "HKLM:\Cluster\Groups\$groupKey")['Contains'])
          if ($contains -notcontains $ssoResKey) { continue }
          foreach ($id in $contains) {
            if ((Read-RegistryValues "HKLM:\Cluster\Resources\$id")['Type'] -eq 'Network Name') {
              $roleName = (Read-RegistryValues "HKLM:\Cluster\Resources\$id\Parameters")['Name']
              $roleNetRes = (Read-RegistryValues "HKLM:\Cluster\Resources\$id")['Name']
            }
          }
        }
      }
    }
  } catch {
    $details.clusterread = "the cluster registry could not be read: $($_.Exception.Message)"
  }

  # Is this the master secret server: the recorded name against this computer, or on a
  # cluster against the SSO network name of the role this node may own -> mss, mssname.
  # mssname only says whether the database names this computer (or its role); whether the
  # secret is there is secretkey's question (event 10520 asks the two apart).
  $recorded = $(if ($found.Contains('secretserver')) { & $short $found.secretserver } else { $null })
  $namesMe = $null
  if ($recorded) {
    $namesMe = $recorded -eq (& $short $computer) -or ($roleName -and $recorded -eq (& $short $roleName))
  }

  # The cluster answers describe the master secret server: asked only where this computer
  # is it or one of its nodes; elsewhere (a BizTalk server logging 10532) they stay out
  # -> cluster.
  # A clustered ENTSSO resource is the master secret server's clustering: its nodes can
  # tell, even when the database misnames the role.
  $onMss = $namesMe -eq $true -or [bool]$clusterRes
  if ($clusterRes -and $onMss) {
    Answer 'cluster' $true "ENTSSO is a cluster Generic Service resource ($clusterRes), role name $roleName"
  } elseif ($onMss -and -not $clusterRes) {
    Answer 'cluster' $false $(if ($isNode) { 'a cluster node, but ENTSSO is not a cluster resource' } else { 'this computer, the master secret server, is not a cluster node' })
  } else {
    Unknown 'cluster' $(if ($recorded) { "this computer is not the master secret server ($($found.secretserver)): run the collector there" } else { 'the master secret server is not known (no SSO database settings)' })
  }

  # On a cluster, the cluster service says which node owns the ENTSSO resource and its
  # state -> owner, svc. The local ENTSSO service of a node says nothing about the clustered one.
  if ($clusterRes -and $onMss) {
    try {
      $live = Read-ClusterResource $clusterRes
      Answer 'owner' ($live.OwnerNode -eq $computer) "the ENTSSO resource is owned by $($live.OwnerNode)"
      Answer 'svc' ($live.State -eq 'Online') "the clustered ENTSSO resource is $($live.State)"
    } catch {
      Unknown 'owner' "Get-ClusterResource could not tell: $($_.Exception.Message)"
      Unknown 'svc' 'on a cluster, svc is read from the ENTSSO resource, which could not be read'
    }
    # The clustered resource presents the SSO network name: "Use Network Name for computer
    # name" ticked and a dependency on its role's Name resource -> netname.
    try {
      $useName = (Read-RegistryValues "HKLM:\Cluster\Resources\$ssoResKey\Parameters")['UseNetworkName']
      $depends = Read-ClusterDependency $clusterRes
      $onName = [bool]$roleNetRes -and $depends.Contains("[$roleNetRes]")
      Answer 'netname' ($useName -eq 1 -and $onName) "UseNetworkName is $useName; the resource depends on: $depends"
    } catch {
      Unknown 'netname' "the ENTSSO resource's settings could not be read: $($_.Exception.Message)"
    }
  } elseif (-not $onMss) {
    foreach ($key in 'owner', 'netname') { Unknown $key 'only the master secret server (or a node of its cluster) can tell' }
  }

  $isMss = $null
  if ($recorded -and -not $namesMe -and $clusterRes) {
    # This node holds the clustered ENTSSO, but the database names another name: which
    # server is meant is the question mssname answers, not mss.
    Unknown 'mss' "the SSO database names $($found.secretserver), neither this node nor its SSO role's network name ($roleName): see mssname"
  } elseif ($recorded) {
    $isMss = $namesMe -and ($null -eq $roleName -or $found['owner'] -eq 'yes')
    Answer 'mss' $isMss $(if ($isMss) { "$($found.secretserver) is recorded and names this computer" } else { "$($found.secretserver) is recorded; this is $computer$(if ($roleName) { ", SSO network name $roleName" })" })
  }
  if ($recorded) {
    if ($namesMe) {
      Answer 'mssname' $true "the SSO database names $($found.secretserver): $(if ($roleName) { "the SSO network name of this computer's role ($roleName)" } else { 'this computer' })"
    } elseif ($roleName) {
      Answer 'mssname' $false "recorded $($found.secretserver); the SSO network name of the role holding ENTSSO here is $roleName"
    } else {
      Unknown 'mssname' "the SSO database names $($found.secretserver), not this computer: whether that is the right server is for you to say"
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
  $service = $null
  try { $service = Read-EntssoService } catch { $details.service = "the service could not be read: $($_.Exception.Message)" }
  if (-not $clusterRes) {
    if ($null -eq $service) {
      Unknown 'svc' 'ENTSSO is not installed on this computer, or could not be read'
    } elseif ($isMss) {
      Answer 'svc' ($service.State -eq 'Running') "ENTSSO is $($service.State), running as $($service.StartName)"
    } else {
      Unknown 'svc' "this is not the master secret server (ENTSSO here is $($service.State), as $($service.StartName))"
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
      $open = Test-TcpPort $server $port
      Answer 'db' $open "TCP $port on $server $(if ($open) { 'answered' } else { 'did not answer' })"
    }
  }

  # RPC to the master secret server, when it is another computer: TCP 135 -> rpc.
  if ($recorded -and $isMss -eq $false -and $found['owner'] -ne 'no') {
    $target = [string]$found.secretserver
    $open = Test-TcpPort $target 135
    Answer 'rpc' $open "TCP 135 on $target $(if ($open) { 'answered (the dynamic range was not tested)' } else { 'did not answer' })"
  }

  # A relative File Name (typed in the SSO folder, as ssoconfig runs there) is read there.
  # Windows paths are read as text, so that the probes read the same on any test machine.
  $resolve = {
    param([string]$Path)
    if ($Path -match '^([A-Za-z]:[\\/]|\\\\|//)') { $Path } else { (Read-SsoFolder).TrimEnd('\') + '\' + $Path }
  }

  # The backup folder, read only: file system, folder, free space -> ntfs, folder, space.
  if ($BackupPath) {
    $found.backup = $BackupPath
    $full = & $resolve $BackupPath
    try {
      if ($full -match '^(\\\\|//)') {
        Unknown 'ntfs' 'a network share: Microsoft names NTFS or removable media; the tool lists a share as a possible cause, not an answer'
      } else {
        $drive = Read-DriveFacts ($full.Substring(0, 2) + '\')
        Answer 'ntfs' ($drive.Format -eq 'NTFS' -or $drive.Type -eq 'Removable') "$($drive.Name) is $($drive.Format), $($drive.Type)"
        Answer 'space' ($drive.Free -gt 1048576) "$([math]::Round($drive.Free / 1048576)) MB free on $($drive.Name)"
      }
      $folder = $full.Substring(0, [math]::Max(0, $full.LastIndexOfAny([char[]]'\/')))
      Answer 'folder' ([bool]$folder -and (Test-FolderExists $folder)) "folder $folder"
    } catch {
      Unknown 'backup' "the backup path could not be read: $($_.Exception.Message)"
    }
  }

  # The SSOSS key alone never says this computer is the master secret server, so these run
  # only on it (clustered: the owning node) -> secretkey, secretmatch, restarted.
  if ($isMss -or ($clusterRes -and $found['owner'] -eq 'yes')) {
    try {
      $guids = @()
      if ($holdsSecret) {
        $guids = @(Read-RegistrySubkeys $ssoss | ForEach-Object { $_.Trim('{}').ToLower() } | Where-Object { $_ -match '^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$' })
      }
      Answer 'secretkey' ($guids.Count -gt 0) "$($guids.Count) secret key(s) under SSOSS on $computer"
      $inUse = $entries | Where-Object { $_.Id -in 10528, 10529, 10533 } | Select-Object -First 1
      if ($inUse) {
        $m = [regex]::Match([string]$inUse.Message, '(?i)MSID\s*:?\s*\{?([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})')
        if ($guids.Count -gt 0 -and $m.Success) {
          Answer 'secretmatch' ($guids -contains $m.Groups[1].Value.ToLower()) "event $($inUse.Id) names $($m.Groups[1].Value) as the secret in use"
        }
      }
    } catch {
      Unknown 'secretkey' "SSOSS could not be listed (run elevated): $($_.Exception.Message)"
    }
    # Since the secret server name was changed (10575), did ENTSSO here start again
    # (10534, 10501, 10611)? -> restarted.
    $renamed = $entries | Where-Object { $_.Id -eq 10575 } | Select-Object -First 1
    if ($renamed) {
      $started = $entries | Where-Object { $_.Id -in 10534, 10501, 10611 -and $_.TimeCreated -gt $renamed.TimeCreated } | Select-Object -First 1
      Answer 'restarted' ([bool]$started) $(if ($started) { "event $($started.Id) at $($started.TimeCreated.ToString('u')) follows the name change" } else { "no service start after the name change at $($renamed.TimeCreated.ToString('u'))" })
    } else {
      Unknown 'restarted' 'no name change (10575) in the hours read'
    }
  }

  # A 10532: this server asked for the secret as its ENTSSO service account, which must be
  # in SSO Administrators, compared by SID (any name form, any trusted domain) -> svcadmin.
  if ($failure -and $failure.Id -eq 10532 -and $found.Contains('ssoadmins')) {
    try {
      if (-not $service) { throw 'the ENTSSO service could not be read' }
      $account = [string]$service.StartName
      $accountSid = Resolve-AccountSid $account
      $memberSids = @(Read-GroupMemberSids ([string]$found.ssoadmins))
      $member = $accountSid -in $memberSids -or ($adminSids -and $accountSid -in $adminSids)
      Answer 'svcadmin' $member "ENTSSO runs as $account ($accountSid); $(if ($member) { 'a member' } else { 'not a member' }) of $($found.ssoadmins)"
    } catch {
      Unknown 'svcadmin' "the service account or the group could not be read: $($_.Exception.Message)"
    }
  }

  # The account ENTSSO runs as here, when this computer asked for the secret (it logged the
  # 10532, or it is the 10527's Client Computer): the page compares it with a 10527's Client
  # User, and asks about one account once -> svcaccount.
  $asker = $failure -and ($failure.Id -eq 10532 -or ($failure.Id -eq 10527 -and (& $short $found['computer']) -eq (& $short $computer)))
  if ($asker -and $service -and $service.StartName) {
    $found.svcaccount = [string]$service.StartName
    $details.svcaccount = "ENTSSO on $computer runs as $($service.StartName)"
  }

  # A 10524: the file it names -> filefound (a relative name is read in the SSO folder, and
  # the path tested is said); readable -> fileread, only from a window like the restore's:
  # the same account, elevated. A file another program holds open is "in use", not "no".
  if ($failure -and $failure.Id -eq 10524 -and $found.Contains('backup')) {
    $file = & $resolve ([string]$found.backup)
    $there = [bool](Test-FileExists $file)
    Answer 'filefound' $there "$file $(if ($there) { 'is there' } else { 'is not there' }) on $computer"
    $clientUser = $(if (@($failure.Values).Count -gt 3) { [string]$failure.Values[3] } else { '' })
    if (-not $there) {
    } elseif ($clientUser -ne $identity.Name) {
      Unknown 'fileread' "this window runs as $($identity.Name), the restore ran as $clientUser"
    } elseif ($found['elevated'] -ne 'yes') {
      Unknown 'fileread' 'this window is not elevated, and the restore ran elevated: run the collector as administrator'
    } else {
      $readable = Test-FileReadable $file
      if ($readable -eq 'yes') {
        Answer 'fileread' $true "$($identity.Name) can open it for reading"
      } elseif ($readable -eq 'in-use') {
        Unknown 'fileread' 'in use: another program holds the file open; close it and run again'
      } else {
        Answer 'fileread' $false "$($identity.Name) cannot open it: $readable"
      }
    }
  }

  # A 10527 asks about the account that requested the secret: no answer about this window.
  if (-not $forWindow) {
    foreach ($key in @('elevated', 'ssoadmin', 'relogon', 'localadmin')) {
      if ($found.Contains($key)) { Unknown $key "a 10527 asks about its Client User ($($found.user)), not about this window" }
    }
  }

  # The roles this computer plays in the incident, each with the fact that shows it: the
  # page takes an answer only for a check about a role played here -> roles.
  $roles = [ordered]@{}
  if ($failure -and $failure.Id -eq 10527) {
    if ((& $short $found['computer']) -eq (& $short $computer)) { $roles.client = "this computer is the 10527's Client Computer" }
  } elseif ($failure -and $failure.Id -eq 10532) {
    $roles.client = 'this computer logged the 10532: its ENTSSO service asked for the secret'
  } elseif ($failure -and $own.Count -gt 0) {
    $roles.client = "this computer logged event $($failure.Id) for this window's account"
  } elseif ($failure) {
    $roles.client = "this computer logged event $($failure.Id) (for another account than this window's)"
  }
  # With no failure in the log read, nothing shows that the request was made here.
  if ($isMss -or ($clusterRes -and $found['owner'] -eq 'yes')) {
    $roles.mss = $(if ($clusterRes) { "this node owns the ENTSSO role ($roleName)" } else { 'the SSO database names this computer' })
  } elseif ($clusterRes -and $found['owner'] -eq 'no') {
    $roles.node = "a node of the cluster holding ENTSSO; $(if ($details.Contains('owner')) { $details.owner })"
  }
  if ($roles.Contains('client') -and $found.Contains('backup') -and [string]$found.backup -notmatch '^(\\\\|//)') {
    $roles.backup = "the backup file's path is on this computer's disk"
  }
  $found.roles = [object[]]@($roles.Keys)
  $found.rolesWhy = $roles

  $found.details = $details
  '-----BEGIN ENTSSO TRIAGE-----'
  $found | ConvertTo-Json -Depth 4
  '-----END ENTSSO TRIAGE-----'
}

# Run as a file, it prints the block; dot-sourced (by the tests), it only defines the functions.
if ($MyInvocation.InvocationName -ne '.') { Invoke-Triage -BackupPath $BackupPath -Hours $Hours }
