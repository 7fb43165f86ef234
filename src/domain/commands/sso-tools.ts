/**
 * ssomanage and ssoconfig are not on the PATH: Enterprise SSO installs them in its own
 * folder under Common Files. A command that names them bare fails as copied ("is not
 * recognized"), so every command shows them with that folder, in the form its shell reads.
 */
const SSO_FOLDER = {
  cmd: '"%CommonProgramFiles%\\Enterprise Single Sign-On\\',
  powershell: '& "$env:CommonProgramFiles\\Enterprise Single Sign-On\\',
} as const;

// The tool where a command starts: at the start of a line, or after ; | & { ( or &&.
const BARE_TOOL = /(^|[\n;|{(]\s*|&&\s*)(ssomanage|ssoconfig)(?:\.exe)?(?=[ \t\n]|$)/gi;

/** The command with each bare ssomanage or ssoconfig given its folder, for that shell. */
export function withSsoFolder(command: string, shell: 'cmd' | 'powershell'): string {
  return command.replace(
    BARE_TOOL,
    (_whole, before: string, tool: string) =>
      `${before}${SSO_FOLDER[shell]}${tool.toLowerCase()}.exe"`,
  );
}

/** Whether a command still names ssomanage or ssoconfig bare, where a shell would look on the PATH. */
export function namesSsoToolBare(command: string): boolean {
  BARE_TOOL.lastIndex = 0;
  const bare = BARE_TOOL.test(command);
  BARE_TOOL.lastIndex = 0;
  return bare;
}
