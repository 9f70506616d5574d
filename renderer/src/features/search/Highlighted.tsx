import type { ReactNode } from 'react';
import type { SearchSnippet } from '../../../../shared/api/search';

/** The snippet's text with the words that matched in <mark>, which screen readers can announce as highlighted. */
export function Highlighted({ snippet }: { snippet: SearchSnippet }): ReactNode {
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of snippet.marks) {
    if (start < at) continue;
    if (start > at) pieces.push(snippet.text.slice(at, start));
    pieces.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < snippet.text.length) pieces.push(snippet.text.slice(at));
  return <>{pieces}</>;
}
