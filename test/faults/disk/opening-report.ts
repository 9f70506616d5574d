import type { Envelope, Notice } from '../../../shared/api';
import type { Backend } from '../../../electron/backend/backend';

/** What a clerk gets on opening a folder: the notices, a read of the signed meeting, and an attempted edit. */
export type OpeningReport =
  | { readonly opened: false; readonly error: string }
  | {
      readonly opened: true;
      readonly readOnly: boolean;
      /** Why it opened read-only, as every screen's banner says it. */
      readonly readOnlyReason?: string;
      readonly notices: readonly Notice[];
      /** The signed meeting's agenda item titles, or why it could not be read. */
      readonly items: readonly string[] | string;
      readonly edit: Envelope<unknown>;
    };

export async function openingReport(open: () => Backend, meetingId: string): Promise<OpeningReport> {
  let backend: Backend;
  try {
    backend = open();
  } catch (error) {
    return { opened: false, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    const status = await backend.dispatch('app.status', {});
    const detail = await backend.dispatch('meetings.get', { id: meetingId });
    const edit = await backend.dispatch('people.create', { name: 'Priya Banerjee', consentToBeNamed: true, kind: 'carer' });
    const value = status.ok
      ? (status.value as { readonly readOnly: boolean; readonly readOnlyReason?: string; readonly notices: readonly Notice[] })
      : undefined;
    return {
      opened: true,
      readOnly: value?.readOnly ?? false,
      ...(value?.readOnlyReason === undefined ? {} : { readOnlyReason: value.readOnlyReason }),
      notices: value?.notices ?? [],
      items: detail.ok ? (detail.value as { readonly items: readonly { readonly title: string }[] }).items.map((i) => i.title) : detail.error.message,
      edit,
    };
  } finally {
    try {
      backend.close();
    } catch {
      // Closing a folder that cannot be written may fail to save; what matters here was reported above.
    }
  }
}
