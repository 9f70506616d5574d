import type { Person, PersonKind } from '../../../../shared/model';

/** Titles that come before a name in minutes and say nothing about who the person is. */
const TITLES = new Set([
  'councillor',
  'cllr',
  'county',
  'borough',
  'district',
  'parish',
  'town',
  'dr',
  'doctor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'professor',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'revd',
  'reverend',
  'canon',
  'the',
  'alderman',
]);

const words = (name: string): string[] =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,'’]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');

/** The words of a name without the titles before it: "Cllr. Asha Patel" → ["asha", "patel"]. */
export function nameWords(name: string): string[] {
  const all = words(name);
  let start = 0;
  while (start < all.length - 1 && TITLES.has(all[start] ?? '')) start += 1;
  return all.slice(start);
}

/** "Councillor Jones" and "Cllr Jones" say the person is a councillor. */
export function kindFromName(name: string): PersonKind | undefined {
  const first = words(name)[0];
  return first === 'councillor' || first === 'cllr' ? 'councillor' : undefined;
}

const key = (name: string): string => nameWords(name).join(' ');

/** "Asha Patel" is "A Patel" and "A. Patel": the same surname, and initials that agree with the given names. */
function sameByInitials(short: readonly string[], full: readonly string[]): boolean {
  if (short.length < 2 || full.length < 2 || short.at(-1) !== full.at(-1)) return false;
  const given = short.slice(0, -1);
  const fullGiven = full.slice(0, -1);
  return given.every((g, i) => g.length === 1 && fullGiven[i]?.startsWith(g) === true) || given.join('') === fullGiven.map((f) => f[0]).join('');
}

/**
 * Finds people by the names minutes print, among those on file and those this import adds: the same name without
 * titles first; then "A Patel" for Asha Patel, or a surname alone ("Councillor Patel"), where only one person fits;
 * then initials, where only one person has them.
 */
export class PeopleMatcher {
  private readonly people: Person[];

  constructor(people: readonly Person[]) {
    this.people = [...people];
  }

  add(person: Person): void {
    this.people.push(person);
  }

  find(name: string, initials?: string): Person | undefined {
    const wanted = nameWords(name);
    if (wanted.length === 0) return undefined;
    const exact = this.people.filter((p) => key(p.name) === wanted.join(' ') || key(p.publicName) === wanted.join(' '));
    if (exact.length === 1) return exact[0];
    const loose = this.people.filter((p) => {
      const names = [nameWords(p.name), nameWords(p.publicName)];
      return names.some((n) => sameByInitials(wanted, n) || sameByInitials(n, wanted) || (wanted.length === 1 && n.at(-1) === wanted[0]));
    });
    if (loose.length === 1) return loose[0];
    const byInitials = initials === undefined ? [] : this.people.filter((p) => p.initials?.toUpperCase() === initials.toUpperCase());
    return byInitials.length === 1 ? byInitials[0] : undefined;
  }

  /** Someone named only by initials, as action owners are ("JB"), where exactly one person has them. */
  findByInitials(initials: string): Person | undefined {
    const bare = initials.replace(/[.\s]/g, '').toUpperCase();
    const found = this.people.filter((p) => p.initials?.replace(/[.\s]/g, '').toUpperCase() === bare);
    return found.length === 1 ? found[0] : undefined;
  }
}
