import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HANDLERS } from '../../../electron/backend/handlers';
import { INTERNAL_MESSAGE } from '../../../electron/backend/internal-error';
import { harness, type Harness } from '../../support/temp-backend';

const SECRET = '/home/clerk/private/diversity-answers.json';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => {
  vi.restoreAllMocks();
  h.dispose();
});

describe('an unexpected error inside a method', () => {
  it('answers a fixed message, never the error’s own text, and logs the details with the method', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new TypeError(`Cannot read properties of undefined (reading 'name') in ${SECRET}`);
    vi.spyOn(HANDLERS, 'boards.list').mockImplementation(() => {
      throw failure;
    });
    const refusal = await h.refusal('boards.list', {});
    expect(refusal).toEqual({ code: 'internal', message: INTERNAL_MESSAGE });
    expect(JSON.stringify(refusal)).not.toContain(SECRET);
    expect(JSON.stringify(refusal)).not.toContain('TypeError');
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain('boards.list');
    expect(log.mock.calls[0]).toContain(failure);
  });

  it('answers the same for a value thrown that is not an Error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(HANDLERS, 'people.list').mockImplementation(() => {
      throw SECRET;
    });
    expect(await h.refusal('people.list', {})).toEqual({ code: 'internal', message: INTERNAL_MESSAGE });
  });

  it('still passes the clerk’s own refusals through with their words', async () => {
    expect(await h.refusal('boards.get', { id: 'no-such-board' })).toMatchObject({ code: 'not_found' });
  });
});
