import { SCHEMA_VERSION } from '../../../shared/model';
import { StoreError } from './store-error';

/** The `schemaVersion` a document declares, if it declares a whole number. */
export function declaredVersion(json: unknown): number | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const version = (json as { readonly schemaVersion?: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

export function futureVersionError(what: string, version: number): StoreError {
  return new StoreError(
    'future_version',
    `${what} was written by a newer version of Minute Book (format ${version}); this version reads up to ` + `${SCHEMA_VERSION}; update Minute Book.`,
  );
}

/** A newer format is refused outright: the file is fine, this build is too old to read it. */
export function refuseFutureVersion(json: unknown, what: string): void {
  const version = declaredVersion(json);
  if (version !== undefined && version > SCHEMA_VERSION) throw futureVersionError(what, version);
}
