import type { z } from 'zod';
import type { Random } from '../support/seeded-random';
import { defOf, lengthBounds, numberBounds, schemaAt, stringFormat, type Def } from './zod-def';
import type { IdPools } from './id-pools';

/*
 * Inputs for any contract method, made from its zod schema: values that satisfy the schema (with real ids, so the
 * call reaches the handler's rules), the same with one part broken, and arbitrary JSON. Every leaf is chosen from
 * candidates (edge values, crafted strings, values seen in the store, random ones) and checked against its own
 * schema, so regexes and formats are met without being understood.
 */

/** Strings that have broken programs before: formula injection, paths, direction overrides, control characters. */
export const CRAFTED_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n',
  'a',
  'x'.repeat(121),
  'y'.repeat(5000),
  '=1+1',
  "-2+3+cmd|' /C calc'!A0",
  '+44 1632 960000',
  '@SUM(A1:A9)',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'C:\\Windows\\System32\\cmd.exe',
  'report\u202Efdp.exe',
  'line one\nline two',
  'nul\u0000byte',
  'نص عربي للاختبار',
  'ועדה',
  '会议纪要',
  '👩🏽‍⚕️🏳️‍🌈',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '0001-01-01',
  '9999-12-31',
  '2025-02-30',
  '2025-06-10',
  '24:00',
  '14:00',
  '2025/26',
  '1999/00',
  'NaN',
  'https://example.org/meeting',
  'javascript:alert(1)',
];

const WORDS = ['carers', 'board', 'respite', 'Cllr', 'Okafor', 'Morley', 'budget', 'survey', 'Ysgol', 'Æthelflæd', 'naïve', 'café', '—', '“quoted”'];

const OPTIONAL_KINDS = new Set(['optional', 'default', 'prefault']);

export type MakeContext = { readonly method: string; meetingId?: string; boardId?: string };

/** Named first, so the records named after them can be chosen from that board or meeting. */
const FIRST_KEYS = ['boardId', 'meetingId'];
const order = (key: string): number => {
  const at = FIRST_KEYS.indexOf(key);
  return at === -1 ? FIRST_KEYS.length : at;
};

export class InputMaker {
  private readonly random: Random;
  private readonly pools: IdPools;
  /** Bundles for `data.import` beyond what the schema alone would make. */
  private readonly bundles: () => unknown;

  constructor(random: Random, pools: IdPools, bundles: () => unknown) {
    this.random = random;
    this.pools = pools;
    this.bundles = bundles;
  }

  /** A value meant to pass `schema`, with real ids where the field names one. */
  valid(schema: z.ZodType, key: string, context: MakeContext, depth = 0): unknown {
    const def = defOf(schema);
    const inner = (name: string): z.ZodType => schemaAt(def, name) as z.ZodType;
    switch (def.type) {
      case 'object':
        return this.object(def, context, depth);
      case 'optional':
        return this.random.chance(0.2) ? undefined : this.valid(inner('innerType'), key, context, depth);
      case 'nullable':
        return this.random.chance(0.15) ? null : this.valid(inner('innerType'), key, context, depth);
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return this.valid(inner('innerType'), key, context, depth);
      case 'pipe':
        return this.valid(inner('in'), key, context, depth);
      case 'lazy':
        return this.valid((def['getter'] as () => z.ZodType)(), key, context, depth + 1);
      case 'array': {
        const { min, max } = lengthBounds(def);
        const count = depth > 4 ? min : this.random.between(min, Math.min(max, min + 3));
        return Array.from({ length: count }, () => this.valid(inner('element'), key, context, depth + 1));
      }
      case 'union':
        return this.valid(this.random.pick(def['options'] as z.ZodType[]), key, context, depth);
      case 'intersection': {
        const left = this.valid(inner('left'), key, context, depth);
        const right = this.valid(inner('right'), key, context, depth);
        return typeof left === 'object' && typeof right === 'object' ? { ...(left as object), ...(right as object) } : left;
      }
      case 'enum':
        return this.random.pick(Object.values(def['entries'] as Record<string, unknown>));
      case 'literal':
        return this.random.pick(def['values'] as unknown[]);
      case 'boolean':
        return this.random.chance(0.5);
      case 'null':
        return null;
      case 'number':
        return this.leaf(schema, this.numbers(def, key));
      case 'string':
        return this.string(schema, def, key, context);
      case 'record': {
        const out: Record<string, unknown> = {};
        for (let n = this.random.int(3); n > 0; n -= 1) {
          out[String(this.valid(inner('keyType'), key, context, depth + 1))] = this.valid(inner('valueType'), key, context, depth + 1);
        }
        return out;
      }
      case 'tuple':
        return (def['items'] as z.ZodType[]).map((item) => this.valid(item, key, context, depth + 1));
      case 'unknown':
      case 'any':
        return key === 'bundle' ? this.bundles() : this.junk(depth);
      default:
        return this.junk(depth);
    }
  }

  /** Arbitrary JSON: what a broken or hostile caller might send anywhere. */
  junk(depth = 0): unknown {
    const r = this.random;
    switch (r.int(depth > 2 ? 6 : 9)) {
      case 0:
        return null;
      case 1:
        return r.chance(0.5);
      case 2:
        return r.pick([0, -1, 1, 2 ** 31, -(2 ** 53), 1e308, 0.5, -0.0001]);
      case 3:
        return r.pick(CRAFTED_STRINGS);
      case 4:
        return this.text(0, 40);
      case 5:
        return '';
      case 6:
        return Array.from({ length: r.int(4) }, () => this.junk(depth + 1));
      default: {
        const out: Record<string, unknown> = {};
        for (let n = r.int(4); n > 0; n -= 1)
          out[r.pick(['id', 'meetingId', 'title', 'patch', 'x', '__proto__', 'constructor'])] = this.junk(depth + 1);
        return out;
      }
    }
  }

  /** `input` with one part broken: a field of the wrong kind, a field missing, or a stray one. */
  mutate(input: unknown): unknown {
    if (typeof input !== 'object' || input === null) return this.junk();
    const copy = structuredClone(input) as Record<string, unknown>;
    const holders: Record<string, unknown>[] = [];
    const collect = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      holders.push(value as Record<string, unknown>);
      for (const v of Object.values(value)) collect(v);
    };
    collect(copy);
    const holder = this.random.pick(holders);
    const keys = Object.keys(holder);
    const r = this.random.int(4);
    if (r === 0 && keys.length > 0) delete holder[this.random.pick(keys)];
    else if (r === 1)
      Object.defineProperty(holder, this.random.pick(['__proto__', 'constructor', 'extra', 'id']), {
        value: this.junk(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (keys.length > 0) holder[this.random.pick(keys)] = r === 2 ? this.junk(1) : this.random.pick(CRAFTED_STRINGS);
    return copy;
  }

  private object(def: Def, context: MakeContext, depth: number): Record<string, unknown> {
    const shape = def['shape'] as Record<string, z.ZodType>;
    // The board and the meeting first, so the item, decision or attendance named next can be one of theirs.
    const keys = Object.keys(shape).sort((a, b) => order(a) - order(b));
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const field = shape[key] as z.ZodType;
      if (OPTIONAL_KINDS.has(defOf(field).type) && this.random.chance(0.4)) continue;
      const value = this.valid(field, key, context, depth + 1);
      if (value === undefined) continue;
      out[key] = value;
      if (depth === 0 && typeof value === 'string' && (key === 'meetingId' || key === 'boardId')) context[key] = value;
    }
    return out;
  }

  /** One of the candidates that `schema` accepts, mostly; now and then any candidate, to try the refusal. */
  private leaf(schema: z.ZodType, candidates: readonly unknown[]): unknown {
    const passing = candidates.filter((c) => schema.safeParse(c).success);
    if (passing.length > 0 && this.random.chance(0.9)) return this.random.pick(passing);
    return this.random.pick(candidates);
  }

  private numbers(def: Def, key: string): number[] {
    const { min, max, int } = numberBounds(def);
    const lo = Number.isFinite(min) ? min : -1000;
    const hi = Number.isFinite(max) ? max : 1000;
    const some = Array.from({ length: 4 }, () => (int ? this.random.between(Math.ceil(lo), Math.floor(hi)) : lo + this.random.next() * (hi - lo)));
    const seen = this.pools.seen(key).map(Number).filter(Number.isFinite);
    return [lo, hi, 0, 1, -1, 2, 10, 0.5, 1e9, -1e9, ...some, ...seen];
  }

  private string(schema: z.ZodType, def: Def, key: string, context: MakeContext): unknown {
    const pool = this.pools.poolFor(key, context.method);
    if (pool !== undefined && this.random.chance(0.9)) {
      const id = this.pools.pick(pool, key === 'meetingId' ? { boardId: context.boardId } : key === 'boardId' ? {} : context);
      if (id !== undefined) return id;
    }
    const { min, max } = lengthBounds(def);
    const candidates: unknown[] = [...CRAFTED_STRINGS, ...this.pools.seen(key), this.text(min, Math.min(max, min + 60))];
    const format = stringFormat(def);
    if (format === 'date') candidates.push('2025-06-10', '2026-02-24', '2024-12-31', '0001-01-01', '9999-12-31', '2025-05-01');
    if (format === 'datetime') candidates.push('2025-06-10T14:00:00.000Z', '2025-06-10T14:00:00+01:00');
    if (format === 'url') candidates.push('https://meet.example.org/board', 'http://127.0.0.1:1/x');
    if (format === 'email') candidates.push('clerk@example.org');
    if (format === 'base64') candidates.push(...Array.from({ length: 3 }, () => Buffer.from(this.text(1, 300), 'utf8').toString('base64')), '');
    if (Number.isFinite(max) && max < 5000) candidates.push(this.text(max, max), this.text(max + 1, max + 1));
    return this.leaf(schema, candidates);
  }

  private text(min: number, max: number): string {
    const length = this.random.between(min, Math.max(min, max));
    let out = '';
    while (out.length < length) out += `${this.random.pick(WORDS)} `;
    return out.slice(0, length);
  }
}
