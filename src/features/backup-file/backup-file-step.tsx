import { caseField, fieldError, fieldHint, fieldNote } from '../../domain/case/case-fields';
import { ENTSSO_10526 } from '../../domain/model/entsso-10526';
import { CheckList } from '../../components/check-list';
import { GuideLink } from '../../components/guide-link';
import { StepLayout } from '../../components/step-layout';
import { TextField } from '../../components/text-field';
import { useCaseLink } from '../../hooks/use-case-link';
import { useWizardNav } from '../../hooks/use-wizard-nav';

const BACKUP = caseField('backup');

export function BackupFileStep() {
  const { params, update } = useCaseLink();
  const { primaryFor } = useWizardNav();
  const raw = params.get('backup');
  return (
    <StepLayout
      title="Check the backup file"
      intro={
        <p>
          ssoconfig -generateSecret also writes a backup of the new secret, and Microsoft names
          problems writing that file as one cause of event 10526. Guide:{' '}
          <GuideLink id="back-up-master-secret" />.
        </p>
      }
      primary={primaryFor('backup-file')}
    >
      <TextField
        name={BACKUP.name}
        label={BACKUP.label}
        value={raw ?? ''}
        onChange={(value) => update({ backup: value }, { typedIn: 'backup' })}
        hint={[fieldHint(BACKUP), fieldNote('backup', raw)].filter(Boolean).join(' ')}
        error={fieldError('backup', raw)}
      />
      <p className="mb-4 rounded border border-amber-700 bg-amber-50 p-3 text-sm text-slate-900">
        The backup password must have at least 7 characters. A shorter one fails with 0xC0002A54 and
        event 10836.
      </p>
      <CheckList model={ENTSSO_10526} step="backup-file" />
    </StepLayout>
  );
}
