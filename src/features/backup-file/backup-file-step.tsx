import { caseField, fieldError, fieldHint, fieldNote } from '../../domain/case/case-fields';
import { useEventModel } from '../../hooks/use-event-model';
import { CheckList } from '../../components/check-list';
import { GuideLink } from '../../components/guide-link';
import { StepLayout } from '../../components/step-layout';
import { TextField } from '../../components/text-field';
import { useCaseLink } from '../../hooks/use-case-link';
import { useWizardNav } from '../../hooks/use-wizard-nav';

const BACKUP = caseField('backup');

export function BackupFileStep() {
  const { params, update } = useCaseLink();
  const model = useEventModel();
  const { primaryFor } = useWizardNav();
  const raw = params.get('backup');
  const words = model.text.steps['backup-file'];
  return (
    <StepLayout
      title="Check the backup file"
      intro={
        <p>
          {words?.intro}
          {words?.guide ? (
            <>
              {' '}
              Guide: <GuideLink id={words.guide} />.
            </>
          ) : null}
        </p>
      }
      primary={primaryFor('backup-file')}
    >
      <TextField
        name={BACKUP.name}
        label={BACKUP.label}
        value={raw ?? ''}
        onChange={(value) => update({ values: { backup: value } }, { typedIn: 'backup' })}
        hint={[fieldHint(BACKUP), fieldNote('backup', raw)].filter(Boolean).join(' ')}
        error={fieldError('backup', raw)}
      />
      {words?.notes?.map((note) => (
        <p
          key={note}
          className="mb-4 rounded border border-amber-700 bg-amber-50 p-3 text-sm text-slate-900"
        >
          {note}
        </p>
      ))}
      <CheckList model={model} step="backup-file" />
    </StepLayout>
  );
}
