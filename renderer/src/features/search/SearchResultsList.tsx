import type { KeyboardEvent, ReactNode } from 'react';
import type { SearchHit } from '../../../../shared/api/search';
import { formatLongDate } from '../../../../shared/domain';
import { Tag } from '../../components/Tag';
import { Highlighted } from './Highlighted';
import { hitHref, KIND_WORDS } from './search-form';

const HIT_SELECTOR = 'a[data-search-hit]';

/**
 * The results, best first. Each is one link (Tab moves between them); the arrow keys also move up and down the
 * list, and up from the first result (or Escape) returns to the search box.
 */
export function SearchResultsList({ hits, onLeave }: { hits: readonly SearchHit[]; onLeave: () => void }): ReactNode {
  const move = (event: KeyboardEvent<HTMLOListElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') return;
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>(HIT_SELECTOR));
    const at = links.findIndex((link) => link === document.activeElement);
    if (at === -1) return;
    event.preventDefault();
    if (event.key === 'Escape' || (event.key === 'ArrowUp' && at === 0)) {
      onLeave();
      return;
    }
    links[event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1]?.focus();
  };
  return (
    <ol className="search-results" aria-label="Search results" onKeyDown={move}>
      {hits.map((hit) => (
        <li key={hit.id} className="search-hit" data-kind={hit.kind}>
          <a className="search-hit__link" href={hitHref(hit)} data-search-hit="">
            <span className="search-hit__kind">
              {KIND_WORDS[hit.kind]}
              {hit.reference ? ` ${hit.reference}` : ''}:
            </span>{' '}
            {hit.title}
          </a>
          <p className="search-hit__where">
            {hit.boardName} · {formatLongDate(hit.meetingDate)}
            {hit.itemLabel ? ` · ${hit.itemLabel}` : ''}
            {hit.private ? (
              <>
                {' '}
                <Tag tone="private">Private</Tag>
              </>
            ) : null}
          </p>
          {hit.detail ? (
            <p className="search-hit__detail">
              {hit.detail}
              {hit.overdue ? (
                <>
                  {' '}
                  <Tag tone="warning">Overdue</Tag>
                </>
              ) : null}
            </p>
          ) : null}
          {hit.snippet.text !== '' ? (
            <p className="search-hit__snippet">
              <Highlighted snippet={hit.snippet} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** The first result's link, for the search box's Down arrow. */
export function firstHit(list: HTMLElement | null): HTMLAnchorElement | null {
  return list?.querySelector<HTMLAnchorElement>(HIT_SELECTOR) ?? null;
}
