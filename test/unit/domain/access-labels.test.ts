import { describe, expect, it } from 'vitest';
import { accessNeedLabel, accessNeedTask } from '../../../shared/domain';
import { ACCESS_NEED_KINDS } from '../../../shared/model';

describe('access need labels', () => {
  it('names each need as a clerk would', () => {
    expect(accessNeedLabel('bsl-interpreter')).toBe('BSL interpreter');
    expect(accessNeedLabel('step-free-access')).toBe('Step-free access');
    expect(accessNeedLabel('papers-posted-early')).toBe('Papers posted early');
    expect(accessNeedTask('bsl-interpreter')).toBe('Book a British Sign Language interpreter.');
  });

  it('gives every need a distinct name and a task', () => {
    const labels = ACCESS_NEED_KINDS.map(accessNeedLabel);
    expect(new Set(labels).size).toBe(ACCESS_NEED_KINDS.length);
    for (const kind of ACCESS_NEED_KINDS) expect(accessNeedTask(kind)).toMatch(/^[A-Z].*\.$/);
  });
});
