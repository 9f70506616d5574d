import { describe, expect, it } from 'vitest';
import { METHODS } from '../../../../shared/api';
import { isReadMethod } from '../../../../electron/backend/dispatch';

/**
 * A read-only data folder (a second window, `minute-book list`, `render`, `report`) answers only the methods that
 * read: each must be marked as such in dispatch, or a read-only caller is refused as if it wrote.
 */
const READING =
  /\.(list|get|report|trend|checklist|termReminders|meetingCheck|render|query|status|totals|financeCsv|statement|preview|progress|read|export|openForMeeting|nonWorkingDays)$/;

describe('methods that only read', () => {
  it('are all answered in a read-only data folder', () => {
    const unmarked = METHODS.filter((m) => READING.test(m) && !isReadMethod(m));
    expect(unmarked).toEqual([]);
  });

  it('do not include a method that writes to the store', () => {
    // files.saveAs writes the file the clerk chose, never the store.
    const writing = METHODS.filter(
      (m) => m !== 'files.saveAs' && isReadMethod(m) && /\.(create|add|update|remove|set|save|import|arrange|record|approve)/.test(m),
    );
    expect(writing).toEqual([]);
  });
});
