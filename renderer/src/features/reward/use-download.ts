import { useCallback, useState } from 'react';
import type { ExportFile } from '../../../../shared/api/exports';
import { useApi } from '../../api/ApiProvider';
import { toApiCallError, type ApiCallError } from '../../api/api-call-error';
import { useAnnounce } from '../../components/Announcer';
import { saveFile } from '../exports/save-file';

export type Download = {
  /** The label of the download under way, if any. */
  readonly pending: string | null;
  readonly error: ApiCallError | null;
  readonly run: (label: string, make: () => Promise<ExportFile>) => Promise<void>;
};

/** Makes a file in the backend, then saves it (Save As in the desktop app, a download in a browser) and says so. */
export function useDownload(): Download {
  const { call } = useApi();
  const announce = useAnnounce();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const run = useCallback(
    async (label: string, make: () => Promise<ExportFile>): Promise<void> => {
      setPending(label);
      setError(null);
      try {
        const file = await make();
        const result = await saveFile(call, file, false);
        if (result.saved) announce(result.where === undefined ? `${file.fileName} downloaded.` : `${file.fileName} saved to ${result.where}.`);
      } catch (thrown) {
        setError(toApiCallError('reward.download', thrown));
      } finally {
        setPending(null);
      }
    },
    [call, announce],
  );
  return { pending, error, run };
}
