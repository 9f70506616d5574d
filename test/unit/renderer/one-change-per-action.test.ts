import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMethod } from '../../../shared/api';
import { isReadMethod } from '../../../electron/backend/dispatch';
import { sequencedMutations } from '../../support/mutation-scan';

/*
 * Workflows live in the backend: one user action is one contract method, applied in one commit. A screen that
 * called two changing methods in a row could leave the data half-changed when the second is refused.
 */
const changes = (method: string): boolean => isMethod(method) && !isReadMethod(method);
const RENDERER = path.resolve(import.meta.dirname, '../../../renderer/src');

/** Where several calls are right, and why. Keep this short. */
const ALLOWED: readonly { readonly file: string; readonly name: string; readonly why: string }[] = [
  {
    file: 'features/agenda-builder/use-agenda-builder.ts',
    name: 'attach',
    why: 'each chosen file is a change of its own, sent alone because a file may be 40 MB; a refused file is named and the others stay attached',
  },
];

const scan = (name: string, source: string): string[] => sequencedMutations(name, source, changes).map((f) => `${f.name}: ${f.methods.join(', ')}`);

describe('one change to the backend per user action', () => {
  it('finds no function in the renderer that calls two changing methods', () => {
    const files = readdirSync(RENDERER, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      sequencedMutations(file, readFileSync(path.join(RENDERER, file), 'utf8'), changes)
        .filter((f) => !ALLOWED.some((a) => a.file === file.split(path.sep).join('/') && a.name === f.name))
        .map((f) => `renderer/src/${file}:${f.line} ${f.name} calls ${f.methods.join(', ')}`),
    );
    expect(found).toEqual([]);
  });

  it('counts calls in sequence, in loops, in callbacks run there and over a list, but either-or branches and early returns as one', () => {
    const source = `
      async function approveThenMinute() { await call('minutes.approve', a); await call('minutes.save', b); }
      const markAll = () => run(async () => { for (const p of people) await call('attendance.set', p); });
      const markEach = () => Promise.all(people.map((p) => call('attendance.set', p)));
      const thenAnother = () => call('agenda.add', a).then((item) => call('minutes.save', item));
      const addOrUpdate = () => (editing ? call('agenda.update', a) : call('agenda.add', b));
      const removeOrSet = (next) => { if (next === 'none') { run(() => call('attendance.remove', a)); return; } run(() => call('attendance.set', a)); };
      async function readThenChange() { const d = await call('meetings.get', a); await call('minutes.save', d); }
      function Screen() {
        const save = useCallback(() => call('minutes.save', a), []);
        return <button onClick={() => run(() => call('meetings.hold', a))}>{save}</button>;
      }
    `;
    expect(scan('fixture.tsx', source)).toEqual([
      'approveThenMinute: minutes.approve, minutes.save',
      'markAll: attendance.set',
      'markEach: attendance.set',
      'thenAnother: agenda.add, minutes.save',
    ]);
  });
});
