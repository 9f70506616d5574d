import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * WCAG 2.2 AA, and only the violations reported in full: asking axe for its passes and incompletes too costs a
 * selector and a snippet of markup for every element it checked, which is most of its time on a long page.
 */
const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type WithAxe = { readonly axe?: { readonly run: (options: RunOptions) => Promise<AxeResults> } };

/** The screen states checked by this test process: each is checked once, so a name used twice is a mistake. */
const checked = new Set<string>();

/**
 * Checks one screen state, named for what is on screen, and fails with every violation spelt out: rule, impact,
 * help page, and each offending element with the fix. axe runs in the page itself, put there once per page load
 * (a screen reached by the app's own links keeps it), rather than in a second page for each check.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  if (checked.has(screen)) throw new Error(`The screen state "${screen}" is checked twice: check each state once, under its own name.`);
  checked.add(screen);
  const present = await page.evaluate(() => (window as WithAxe).axe !== undefined);
  if (!present) await page.evaluate(AXE_SOURCE);
  const { violations } = await page.evaluate((options) => {
    const axe = (window as WithAxe).axe;
    if (axe === undefined) throw new Error('axe-core did not load in the page');
    return axe.run(options);
  }, OPTIONS);
  expect(violations.length, `${screen}: ${violations.length} accessibility violation(s)\n${describe(violations)}`).toBe(0);
}

function describe(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `- ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}
