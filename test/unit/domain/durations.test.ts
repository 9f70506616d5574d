import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../shared/domain';

describe('time allowances in words', () => {
  it('uses minutes under an hour, with the singular for one', () => {
    expect(formatDuration(1)).toBe('1 minute');
    expect(formatDuration(45)).toBe('45 minutes');
    expect(formatDuration(0)).toBe('0 minutes');
  });

  it('uses hours and minutes from an hour up', () => {
    expect(formatDuration(60)).toBe('1 hour');
    expect(formatDuration(90)).toBe('1 hour 30 minutes');
    expect(formatDuration(121)).toBe('2 hours 1 minute');
  });
});
