import type { ReactNode } from 'react';
import { hrefFor } from '../routing/routes';
import { PageHeading } from './PageHeading';
import { useScreenTitle } from '../routing/use-screen-title';

export function NotFoundScreen(): ReactNode {
  useScreenTitle();
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>There is no screen at this address. It may have been typed wrongly, or come from an older version.</p>
      <p>
        <a href={hrefFor({ name: 'boards' })}>Go to the list of boards</a>
      </p>
    </>
  );
}
