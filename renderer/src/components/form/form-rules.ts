import { z } from 'zod';

/**
 * Building blocks for form schemas derived from the contract's: a form holds text as typed; these check it with the
 * contract's own rule, saying what is wrong in a clerk's words, and read it as the contract's input. A broken rule
 * does not stop the form's other checks (those across fields too), so every problem is named at once.
 */

/** The contract's `rule` for a field typed as text; `message` whenever it is broken. */
export function worded<T extends z.ZodType<unknown, string>>(rule: T, message: string): z.ZodType<z.output<T>, string> {
  return reworded(rule, () => message);
}

/** The contract's `rule` for a field typed as text; when it is broken, what `say` makes of the first problem. */
export function reworded<T extends z.ZodType<unknown, string>>(rule: T, say: (issue: z.core.$ZodIssue) => string): z.ZodType<z.output<T>, string> {
  return z
    .string()
    .superRefine((text, ctx) => {
      const issue = rule.safeParse(text).error?.issues[0];
      if (issue !== undefined) ctx.addIssue({ code: 'custom', message: say(issue) });
    })
    .transform((text) => rule.parse(text));
}

/** Text holding a whole number, read as one and checked by the contract's `rule` (a number schema). */
export function wholeNumber<T extends z.ZodType<unknown, number>>(rule: T, message: string): z.ZodType<z.output<T>, string> {
  return worded(z.string().trim().regex(/^\d+$/).transform(Number).pipe(rule), message);
}

/** An optional field: left empty it is undefined (the contract's "not given"); else `rule` checks it. */
export function optional<O>(rule: z.ZodType<O, string>): z.ZodType<O | undefined, string> {
  return z
    .string()
    .superRefine((text, ctx) => {
      if (text.trim() === '') return;
      const checked = rule.safeParse(text);
      if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    })
    .transform((text) => (text.trim() === '' ? undefined : rule.parse(text)));
}
