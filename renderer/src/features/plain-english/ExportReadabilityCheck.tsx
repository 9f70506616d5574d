import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ExportKind } from '../../../../shared/api/exports';
import type { CheckedDocument } from '../../../../shared/domain/readability/meeting-check';
import { useApiQuery } from '../../api/use-api-query';
import './plain-english.css';

/** The words each kind of export prints, for the check; kinds of no prose (a calendar entry, a register) have none. */
const DOCUMENT_OF: Partial<Readonly<Record<ExportKind, CheckedDocument>>> = {
  agenda: 'agenda',
  pack: 'agenda',
  minutes: 'minutes',
  'public-minutes': 'minutes',
  extract: 'minutes',
  'easy-read-agenda': 'easy-read',
  'easy-read-minutes': 'easy-read',
};

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function Check({ meetingId, document, audience }: { meetingId: string; document: CheckedDocument; audience: 'public' | 'private' }): ReactNode {
  const headingId = useId();
  const check = useApiQuery('plainEnglish.meetingCheck', { meetingId, document, audience });
  let body: ReactNode;
  if (check.isPending) body = <p className="quiet">Checking the words…</p>;
  else if (check.isLoadingError) body = <p className="quiet">The check could not be made ({check.error.message}). You can still export.</p>;
  else {
    const c = check.data;
    const above = c.items.filter((i) => i.aboveTarget);
    body = (
      <>
        <p>
          <strong>{c.overall.verdict}</strong>
          {c.items.length === 0 ? '' : ` across ${count(c.items.length, 'item', 'items')}`}.
        </p>
        <ul className="readability__list">
          <li>
            {count(above.length, 'item reads', 'items read')} above the aim of {c.targetAge}
            {above.length === 0 ? '' : ':'}
            {above.length === 0 ? null : (
              <ul>
                {above.map((i) => (
                  <li key={i.itemId}>
                    {/^Minute/.test(i.label) ? i.label : `Item ${i.label}`}, {i.title}: reading age {i.readingAge}
                  </li>
                ))}
              </ul>
            )}
          </li>
          <li>{count(c.longSentences, 'sentence', 'sentences')} over 25 words</li>
          <li>{count(c.acronyms, 'unexplained acronym', 'unexplained acronyms')}</li>
          <li>{count(c.wordsToAvoid, 'word', 'words')} to avoid</li>
          {document === 'easy-read' ? (
            <li>
              {count(c.itemsWithoutEasyRead, 'item has', 'items have')} no easy-read summary
              {c.itemsWithoutEasyRead === 0 ? '' : ': they print their title and purpose in plain words instead'}
            </li>
          ) : null}
        </ul>
      </>
    );
  }
  return (
    <section className="export-readability readability" aria-labelledby={headingId} data-testid="export-readability">
      <h3 id={headingId} className="readability__subhead">
        Plain English check
      </h3>
      {body}
      <p className="quiet">This is advice: it does not stop the export. Improve the words in the agenda builder or the live minutes.</p>
    </section>
  );
}

/** A readability check of the document about to be exported, shown in the export dialog; never blocks it. */
export function ExportReadabilityCheck({
  meetingId,
  kind,
  audience,
}: {
  meetingId: string;
  kind: ExportKind;
  audience: 'public' | 'private';
}): ReactNode {
  const document = DOCUMENT_OF[kind];
  if (document === undefined) return null;
  const forced = kind === 'public-minutes' || document === 'easy-read' ? 'public' : audience;
  return <Check meetingId={meetingId} document={document} audience={forced} />;
}
