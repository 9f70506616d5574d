import { describe, expect, it } from 'vitest';
import { callKey } from '../../../renderer/src/api/call-key';

describe('the key of a call', () => {
  it('is the same whatever order the input’s fields were written in, at any depth', () => {
    expect(callKey('meetings.get', { id: 'm1', carriedActions: false })).toBe(callKey('meetings.get', { carriedActions: false, id: 'm1' }));
    expect(callKey('x', { a: { c: 1, b: 2 } })).toBe(callKey('x', { a: { b: 2, c: 1 } }));
  });

  it('tells apart different methods, values and list orders', () => {
    expect(callKey('meetings.get', { id: 'm1' })).not.toBe(callKey('meetings.list', { id: 'm1' }));
    expect(callKey('meetings.get', { id: 'm1' })).not.toBe(callKey('meetings.get', { id: 'm2' }));
    expect(callKey('x', { ids: ['a', 'b'] })).not.toBe(callKey('x', { ids: ['b', 'a'] }));
  });

  it('reads as the method and the input’s JSON', () => {
    expect(callKey('members.list', { on: '2026-12-05', boardId: 'b1' })).toBe('members.list {"boardId":"b1","on":"2026-12-05"}');
  });
});
