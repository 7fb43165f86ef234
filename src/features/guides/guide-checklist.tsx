import { useId } from 'react';
import { idListParam, toggled } from '../../domain/case/id-list';
import { useCaseLink } from '../../hooks/use-case-link';

/** The "before you start" list; its ticks live in the link (done=0,2), so a reload keeps them. */
export function GuideChecklist({ items }: { items: string[] }) {
  const { params, update } = useCaseLink();
  const checklistId = useId();
  const done = new Set(
    (params.get('done') ?? '')
      .split(',')
      .filter((v) => /^\d{1,2}$/.test(v))
      .map(Number),
  );
  return (
    <fieldset className="mb-6">
      <legend className="text-lg font-semibold">Before you start</legend>
      <ul className="mt-2 space-y-1">
        {items.map((item, index) => {
          const id = `${checklistId}-${index}`;
          return (
            <li key={item} className="flex items-start gap-2">
              <input
                id={id}
                type="checkbox"
                className="mt-1 h-4 w-4 shrink-0 accent-blue-800"
                checked={done.has(index)}
                onChange={(e) =>
                  update({ working: { done: idListParam(toggled(done, index, e.target.checked)) } })
                }
              />
              <label htmlFor={id}>{item}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
