import { checkText } from '../../domain/link-codec';
import { CheckList } from '../../components/check-list';
import { GuideLink } from '../../components/guide-link';
import { StepLayout } from '../../components/step-layout';
import { TextField } from '../../components/text-field';
import { useTriage } from '../../components/use-triage';

export function BackupFileStep() {
  const { params, update, primaryFor } = useTriage();
  const raw = params.get('backup');
  const check = raw && raw.trim() !== '' ? checkText('backup', raw) : undefined;
  return (
    <StepLayout
      title="Check the backup file"
      intro={
        <p>
          ssoconfig -generateSecret writes a backup of the new secret first. If that file cannot be
          written, the new secret is not generated. Guide: <GuideLink id="back-up-master-secret" />.
        </p>
      }
      primary={primaryFor('backup-file')}
    >
      <TextField
        name="backup"
        label="Backup file path"
        value={raw ?? ''}
        onChange={(value) => update({ backup: value }, { typedIn: 'backup' })}
        placeholder="D:\SSOBackup\secret.bak"
        hint="The path given to ssoconfig -generateSecret; it fills the commands below."
        error={check && !check.ok ? check.reason : undefined}
      />
      <p className="mb-4 rounded border border-amber-700 bg-amber-50 p-3 text-sm text-slate-900">
        The backup password must have at least 7 characters. A shorter one fails with 0xC0002A54 and
        event 10836.
      </p>
      <CheckList step="backup-file" />
    </StepLayout>
  );
}
