<#
  Runs the collector on one scenario: the script's functions are loaded, every read from
  outside (the Read-*/Test-* seams) answers from the scenario's data, and every command
  that would change state is replaced by one that records the call and fails.
  Returns the printed lines and the state-changing calls attempted.
#>
param([Parameter(Mandatory)][hashtable]$Scenario, [Parameter(Mandatory)][string]$Collector)

$changed = [System.Collections.Generic.List[string]]::new()
$lines = & {
  . $Collector
  $s = $Scenario
  $at = [datetime]::new(2026, 12, 1, 3, 0, 0, [DateTimeKind]::Utc)
  $throwIf = { param($value, [string]$what) if ($value -is [string] -and $value -like 'throws*') { throw "$what failed ($value)" } }

  function Read-ComputerName { [string]$s.computer }
  function Read-WindowIdentity { [pscustomobject]@{ Name = [string]$s.window.name; Sid = [string]$s.window.sid } }
  function Read-SsoFolder { 'C:\Program Files\Common Files\Enterprise Single Sign-On' }
  function Read-EntssoEvents([datetime]$Since) {
    & $throwIf $s['events'] 'Get-WinEvent'
    @(@($s['events']) | Where-Object { $_ } | ForEach-Object {
        [pscustomobject]@{
          Id          = [int]$_.id
          TimeCreated = $at.AddMinutes(-[int]$_.minutesAgo)
          Message     = [string]$_['message']
          Values      = [string[]]@($_['values'])
        }
      })
  }
  function Read-TokenGroups {
    & $throwIf $s['token'] 'whoami'
    @(@($s['token']) | Where-Object { $_ } | ForEach-Object { [pscustomobject]@{ Name = $_.name; Type = 'Group'; Sid = $_.sid; Attributes = '' } })
  }
  function Test-RegistryKey([string]$Path) { $s.registry.ContainsKey($Path) }
  function Read-RegistrySubkeys([string]$Path) {
    if (-not $s.registry.ContainsKey($Path)) { throw "no key $Path" }
    @($s.registry[$Path]['subkeys'])
  }
  function Read-RegistryValues([string]$Path) {
    $values = @{}
    if ($s.registry.ContainsKey($Path) -and $s.registry[$Path]['values']) { $values = $s.registry[$Path]['values'] }
    $values
  }
  function Read-EntssoService { if ($s['service']) { [pscustomobject]@{ State = $s.service.state; StartName = $s.service.startName } } }
  function Read-SsoGlobalInfo {
    & $throwIf $s['globalInfo'] 'GetGlobalInfo'
    if ($s['globalInfo']) { [pscustomobject]@{ SecretServer = $s.globalInfo.secretServer; AdminGroup = $s.globalInfo.adminGroup } }
  }
  function Read-SsoManageDisplayDb { & $throwIf $s['displaydb'] 'ssomanage'; [string]$s['displaydb'] }
  function Read-ClusterResource([string]$Name) { & $throwIf $s.cluster.resource 'Get-ClusterResource'; [pscustomobject]@{ State = $s.cluster.resource.state; OwnerNode = $s.cluster.resource.ownerNode } }
  function Read-ClusterDependency([string]$Name) { [string]$s.cluster.dependency }
  function Read-DirectoryGroupSids { & $throwIf $s['directoryGroups'] 'the directory'; @($s['directoryGroups']) }
  function Read-GroupMemberSids([string]$Group) {
    if (-not $s['groupMembers'] -or -not $s.groupMembers.ContainsKey($Group)) { throw "the group $Group was not found" }
    @($s.groupMembers[$Group])
  }
  function Resolve-AccountSid([string]$Account) {
    if (-not $s['accounts'] -or -not $s.accounts.ContainsKey($Account)) { throw "no SID for $Account" }
    [string]$s.accounts[$Account]
  }
  function Test-FileExists([string]$Path) { [bool]($s['files'] -and $s.files.ContainsKey($Path)) }
  function Test-FolderExists([string]$Path) { @($s['folders']) -contains $Path }
  function Test-FileReadable([string]$Path) { [string]$s.files[$Path] }
  function Read-DriveFacts([string]$Root) {
    $d = $s.drives[$Root]
    [pscustomobject]@{ Name = $Root; Format = $d.format; Type = $d.type; Free = [long]$d.free }
  }
  function Test-TcpPort([string]$Server, [int]$Port) { [bool]($s['ports'] -and $s.ports["${Server}:$Port"]) }

  # Anything that would change state records itself and fails the scenario.
  $forbidden = @(
    'Set-ItemProperty', 'New-ItemProperty', 'Remove-ItemProperty', 'New-Item', 'Remove-Item', 'Set-Item',
    'Set-Content', 'Add-Content', 'Out-File', 'Copy-Item', 'Move-Item', 'Rename-Item', 'Clear-Item',
    'Start-Service', 'Stop-Service', 'Restart-Service', 'Set-Service', 'Suspend-Service',
    'Start-ClusterResource', 'Stop-ClusterResource', 'Start-ClusterGroup', 'Stop-ClusterGroup', 'Move-ClusterGroup',
    'Set-ClusterParameter', 'ssoconfig', 'ssoconfig.exe', 'ssomanage', 'ssomanage.exe', 'sc', 'sc.exe', 'net', 'net.exe', 'reg', 'reg.exe'
  )
  foreach ($name in $forbidden) {
    Microsoft.PowerShell.Management\Set-Item -Path "function:$name" -Value ([scriptblock]::Create("`$changed.Add('$name ' + (`$args -join ' ')); throw 'state-changing command: $name'"))
  }

  Set-StrictMode -Version Latest
  Invoke-Triage -BackupPath ([string]$s['backupPath']) -Hours 24
}
[pscustomobject]@{ Lines = @($lines); Changed = @($changed) }
