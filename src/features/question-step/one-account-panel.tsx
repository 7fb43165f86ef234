import { caseField } from '../../domain/case/case-fields';
import { caseValues } from '../../domain/commands/fill-command';
import type { CheckStep } from '../../domain/steps';
import { CaseFieldGrid } from '../../components/case-field-grid';
import { TemplateCommand } from '../../components/template-command';
import { useCaseLink } from '../../hooks/use-case-link';
import { useDiagnosis } from '../../hooks/use-diagnosis';
import { useEventModel } from '../../hooks/use-event-model';

/**
 * Two accounts that are often one (DecisionModel.oneAccount): the command that reads the
 * second, its field, and what the two names tell. The check list asks once where they are one.
 */
export function OneAccountPanel({ step }: { step: CheckStep }) {
  const model = useEventModel();
  const { case: current } = useCaseLink();
  // The diagnosis decides whether the pair is asked once; it shares nothing between two
  // answers about one account that differ.
  const { shared } = useDiagnosis();
  const pair = model.oneAccount;
  const words = model.text.oneAccount;
  if (!pair || !words || !model.checks.some((k) => k.id === pair.checks[0] && k.step === step))
    return null;
  const [firstField, secondField] = pair.fields;
  const a = current[firstField];
  const b = current[secondField];
  const match = a && b ? pair.match(a, b) : undefined;
  const differ = match === 'same' && !shared;
  const second = caseField(secondField);
  const status = !a
    ? `The ${caseField(firstField).label.toLowerCase()} is not known yet: both questions below are asked.`
    : !b
      ? `Not known yet whether ${a} is also the ${second.label}: both questions below are asked.`
      : match === 'same'
        ? differ
          ? `One account (${a}), but the two answers about it below differ: check its membership once more and correct the wrong answer.`
          : `One account: ${a}. The questions below ask about it once.`
        : match === 'different'
          ? `Two accounts: ${a} and ${b}. Both questions below are asked, each about its own account.`
          : `${a} and ${b} may be one account or two: the names alone cannot tell (another form of the name, or a local or machine identity). Both questions below are asked; answer each for its own account.`;
  return (
    <section
      className="mb-6 rounded border border-slate-300 bg-white p-4"
      aria-labelledby="one-account"
    >
      <h2 id="one-account" className="font-semibold text-slate-900">
        One account or two?
      </h2>
      <p className="text-sm text-slate-700">{words.lead}</p>
      <TemplateCommand
        code={words.how.command}
        shell={words.how.shell}
        values={caseValues(current, model)}
        look={words.how.look}
      />
      <CaseFieldGrid step={second.step} />
      <p
        role="status"
        className="text-sm font-medium text-slate-900"
        data-testid="one-account"
        data-match={match ?? 'not-known'}
      >
        {status}
      </p>
    </section>
  );
}
