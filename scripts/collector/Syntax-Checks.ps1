# Checks on the collector's syntax tree, read by PowerShell's own parser.
using namespace System.Management.Automation.Language

# Commands that change a server, a file or SSO, wherever they appear: cmdlets by verb,
# tools by name, ssomanage with any switch but the read-only ones, .NET writes.
function Find-StateChanges([Ast]$Ast) {
  $verbs = '^(Set|New|Remove|Start|Stop|Restart|Suspend|Resume|Clear|Rename|Move|Copy|Add|Enable|Disable|Install|Uninstall|Register|Unregister|Update|Write|Export|Out|Invoke-WebRequest|Invoke-RestMethod)-'
  $allowed = @('Add-Type', 'Write-Output', 'Write-Verbose', 'Write-Host', 'Out-String', 'Invoke-Triage')
  $tools = '^(sc|net|net1|reg|ssoconfig|cluster|wevtutil|icacls|takeown)(\.exe)?$'
  $readOnlySso = @('-displaydb', '-showdb', '-showserver', '-listapps', '-listadmins')
  $found = [System.Collections.Generic.List[string]]::new()
  foreach ($command in $Ast.FindAll({ param($n) $n -is [CommandAst] }, $true)) {
    $name = $command.GetCommandName()
    $text = $command.Extent.Text
    if ($name -and $name -notin $allowed -and ($name -match $verbs -or $name -match $tools)) { $found.Add($text); continue }
    if ($text -match 'ssomanage') {
      $switches = @($command.CommandElements | Where-Object { $_ -is [CommandParameterAst] } | ForEach-Object { '-' + $_.ParameterName })
      if (@($switches | Where-Object { $_ -notin $readOnlySso }).Count -gt 0) { $found.Add($text) }
    }
  }
  foreach ($call in $Ast.FindAll({ param($n) $n -is [InvokeMemberExpressionAst] }, $true)) {
    if ($call.Member.Extent.Text -match '^(Write\w*|AppendAll\w*|Delete\w*|CreateSubKey|CreateDirectory|CreateText|SetValue|Save|MoveTo|CopyTo|Replace|SetAccessControl|Encrypt|Decrypt)$') { $found.Add($call.Extent.Text) }
  }
  $found
}

# Syntax that Windows PowerShell 5.1 (the default on Windows Server 2016-2022) cannot read.
function Find-NewerSyntax([Ast]$Ast) {
  $found = [System.Collections.Generic.List[string]]::new()
  foreach ($node in $Ast.FindAll({ $true }, $true)) {
    $newer = switch ($node) {
      { $_ -is [TernaryExpressionAst] } { 'ternary ?:' }
      { $_ -is [PipelineChainAst] } { '&& or || between pipelines' }
      { $_ -is [BinaryExpressionAst] -and $_.Operator -eq 'QuestionQuestion' } { '??' }
      { $_ -is [AssignmentStatementAst] -and $_.Operator -eq 'QuestionQuestionEquals' } { '??=' }
      { $_ -is [MemberExpressionAst] -and $_.NullConditional } { '?. or ?[]' }
      { $_ -is [CommandAst] -and $_.GetCommandName() -match '^(ForEach-Object|%|foreach)$' -and @($_.CommandElements | Where-Object { $_ -is [CommandParameterAst] -and $_.ParameterName -like 'Parallel*' }).Count -gt 0 } { 'ForEach-Object -Parallel' }
      default { $null }
    }
    if ($newer) { $found.Add("${newer}: $($node.Extent.Text)") }
  }
  $found
}
