# The evidence collector run for real, under Pester: every scenario of scenarios.json
# through the script with its reads answered from the scenario, and the script's syntax
# tree checked for what would change a server or not run on Windows PowerShell 5.1.

BeforeDiscovery {
  $scenarios = @(Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot 'scenarios.json') | ConvertFrom-Json -AsHashtable)
}

BeforeAll {
  # COLLECTOR_SCRIPT runs the scenarios on another copy (a mutant, to see a scenario fail).
  $Collector = $env:COLLECTOR_SCRIPT ?? (Resolve-Path (Join-Path $PSScriptRoot '../../public/collector/entsso-triage.ps1')).Path
  $Runner = Join-Path $PSScriptRoot 'Run-Scenario.ps1'
  $BlockDir = $env:COLLECTOR_BLOCKS
  . (Join-Path $PSScriptRoot 'Syntax-Checks.ps1')
}

Describe 'the collector on <name>' -ForEach $scenarios {
  BeforeAll {
    $run = & $Runner -Scenario $_ -Collector $Collector
    $text = $run.Lines -join "`n"
    if ($BlockDir) { Set-Content -LiteralPath (Join-Path $BlockDir "$($_.id).txt") -Value $text -Encoding utf8 }
    $json = [regex]::Match($text, '(?s)-----BEGIN ENTSSO TRIAGE-----(.*)-----END ENTSSO TRIAGE-----').Groups[1].Value
    $block = $json | ConvertFrom-Json -AsHashtable
  }

  It 'prints one block and calls nothing that changes state' {
    $json | Should -Not -BeNullOrEmpty
    $block.format | Should -Be 'entsso-triage/1'
    $run.Changed | Should -BeNullOrEmpty
  }

  It 'answers <_.Key> with <_.Value>' -ForEach @($_.expect.answers.GetEnumerator()) {
    $block.ContainsKey($_.Key) | Should -BeTrue -Because "details: $($block.details[$_.Key])"
    $block[$_.Key] | Should -Be $_.Value
  }

  It 'leaves <_> out' -ForEach @($_.expect.absent) {
    $block.ContainsKey($_) | Should -BeFalse -Because "it says $($block[$_])"
  }

  It 'says why of <_.Key>' -ForEach @($_.expect.details.GetEnumerator()) {
    $block.details[$_.Key] | Should -BeLike "*$($_.Value)*"
  }

  It 'speaks for the roles <_ -join ", ">' -ForEach @(if ($_.expect.ContainsKey('roles')) { , @($_.expect.roles) }) {
    @($block.roles) | Should -Be @($_)
  }

  It 'takes event <_> as the failure' -ForEach @(if ($_.expect.ContainsKey('event')) { $_.expect.event }) {
    $block.event | Should -Be $_
  }
}

Describe 'the script as written' {
  BeforeAll { $ast = [System.Management.Automation.Language.Parser]::ParseFile($Collector, [ref]$null, [ref]$null) }

  It 'calls nothing that changes state' {
    Find-StateChanges $ast | Should -BeNullOrEmpty
  }
  It 'is refused when a probe writes (the check fires)' {
    $probe = [System.Management.Automation.Language.Parser]::ParseInput(
      "Set-ItemProperty -Path 'HKLM:\SOFTWARE\x' -Name y -Value 1; & sc.exe stop ENTSSO; & 'ssomanage.exe' -updatedb x.xml; [IO.File]::WriteAllText('a', 'b')",
      [ref]$null, [ref]$null)
    @(Find-StateChanges $probe).Count | Should -Be 4
  }
  It 'uses nothing Windows PowerShell 5.1 lacks' {
    Find-NewerSyntax $ast | Should -BeNullOrEmpty
  }
  It 'is refused when a probe uses newer syntax (the check fires)' {
    $probe = [System.Management.Automation.Language.Parser]::ParseInput(
      '$a = $b ? 1 : 2; $c = $d ?? 3; $e ??= 4; Get-Item x && Get-Item y; ${f}?.Name; 1..3 | ForEach-Object -Parallel { $_ }',
      [ref]$null, [ref]$null)
    @(Find-NewerSyntax $probe).Count | Should -Be 6
  }
}
