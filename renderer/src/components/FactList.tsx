import type { ReactNode } from 'react';

export type Fact = { readonly term: string; readonly detail: ReactNode };

/** Label and value pairs; empty details are left out rather than shown as blanks. */
export function FactList({ facts, inline = false }: { facts: readonly Fact[]; inline?: boolean }): ReactNode {
  const shown = facts.filter((fact) => fact.detail !== undefined && fact.detail !== null && fact.detail !== '');
  if (shown.length === 0) return null;
  return (
    <dl className={inline ? 'facts facts--inline' : 'facts'}>
      {shown.map((fact) => (
        <div key={fact.term} className="facts__row">
          <dt>{fact.term}</dt>
          <dd>{fact.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
