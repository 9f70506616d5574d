import type { Input } from '../../../../shared/api/contract';
import {
  DEFAULT_STANDARD_ITEMS,
  STANDARD_ITEM_KINDS,
  type Board,
  type BoardKind,
  type ItemPurpose,
  type MinuteNumbering,
  type StandardItem,
  type StandardItemKind,
} from '../../../../shared/model/board';
import { standardItemKindLabel } from '../../../../shared/domain';
import type { FieldError } from '../../components/form/field-error';
import { clearable, filled } from '../../components/form/patch-fields';

export type StandardItemValues = {
  readonly included: boolean;
  readonly title: string;
  readonly purpose: ItemPurpose;
  readonly position: StandardItem['position'];
  readonly minutes: string;
};

/** What the board form holds: text as typed, turned into the contract's input only on saving. */
export type BoardFormValues = {
  readonly name: string;
  readonly shortCode: string;
  readonly kind: BoardKind;
  readonly organisation: string;
  readonly quorum: string;
  readonly clerkName: string;
  readonly clerkEmail: string;
  readonly yearStartMonth: string;
  readonly yearStartDay: string;
  readonly numberingTemplate: string;
  readonly numberingRestart: MinuteNumbering['restart'];
  readonly referenceTemplate: string;
  readonly standardItems: Readonly<Record<StandardItemKind, StandardItemValues>>;
};

/** Ids of the form's fields, so the error summary can move focus to them. */
export const BOARD_FIELD_IDS = {
  name: 'board-name',
  shortCode: 'board-short-code',
  kind: 'board-kind',
  organisation: 'board-organisation',
  quorum: 'board-quorum',
  clerkName: 'board-clerk-name',
  clerkEmail: 'board-clerk-email',
  yearStartDay: 'board-year-start-day',
  numberingTemplate: 'board-numbering-template',
  referenceTemplate: 'board-reference-template',
} as const;

export const standardItemFieldId = (kind: StandardItemKind, field: 'title' | 'minutes'): string => `standard-${kind}-${field}`;

/** The kinds a new board gets by default are those of DEFAULT_STANDARD_ITEMS; the others start unticked. */
function standardValues(items: readonly StandardItem[]): Record<StandardItemKind, StandardItemValues> {
  const fallback = (kind: StandardItemKind): StandardItemValues => ({
    included: false,
    title: standardItemKindLabel(kind),
    purpose: kind === 'public-questions' ? 'discussion' : 'information',
    position: kind === 'any-other-business' || kind === 'date-of-next-meeting' ? 'closing' : 'opening',
    minutes: '',
  });
  const entries = STANDARD_ITEM_KINDS.map((kind): [StandardItemKind, StandardItemValues] => {
    const item = items.find((s) => s.kind === kind);
    return [
      kind,
      item
        ? {
            included: true,
            title: item.title,
            purpose: item.purpose,
            position: item.position,
            minutes: item.timeAllowanceMinutes === undefined ? '' : String(item.timeAllowanceMinutes),
          }
        : fallback(kind),
    ];
  });
  return Object.fromEntries(entries) as Record<StandardItemKind, StandardItemValues>;
}

export function newBoardValues(): BoardFormValues {
  return {
    name: '',
    shortCode: '',
    kind: 'committee',
    organisation: '',
    quorum: '3',
    clerkName: '',
    clerkEmail: '',
    yearStartMonth: '5',
    yearStartDay: '1',
    numberingTemplate: '{n}.',
    numberingRestart: 'municipal-year',
    referenceTemplate: '{code}/{yyyy}/{minute}-{r}',
    standardItems: standardValues(DEFAULT_STANDARD_ITEMS),
  };
}

export function boardValues(board: Board): BoardFormValues {
  return {
    name: board.name,
    shortCode: board.shortCode,
    kind: board.kind,
    organisation: board.organisation ?? '',
    quorum: String(board.quorum),
    clerkName: board.clerk?.name ?? '',
    clerkEmail: board.clerk?.email ?? '',
    yearStartMonth: String(board.municipalYearStart.month),
    yearStartDay: String(board.municipalYearStart.day),
    numberingTemplate: board.minuteNumbering.template,
    numberingRestart: board.minuteNumbering.restart,
    referenceTemplate: board.resolutionReferencing.template,
    standardItems: standardValues(board.standardItems),
  };
}

const WHOLE = /^\d+$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Everything wrong with the form at once, each message naming its field in the clerk's words. */
export function boardErrors(values: BoardFormValues): FieldError[] {
  const errors: FieldError[] = [];
  const add = (fieldId: string, message: string): number => errors.push({ fieldId, message });
  if (values.name.trim() === '') add(BOARD_FIELD_IDS.name, 'Enter the board’s name');
  if (!/^[A-Za-z][A-Za-z0-9-]{0,11}$/.test(values.shortCode.trim())) {
    add(BOARD_FIELD_IDS.shortCode, 'Enter a short code of 1 to 12 letters, digits or hyphens, starting with a letter');
  }
  const quorum = Number(values.quorum);
  if (!WHOLE.test(values.quorum.trim()) || quorum < 1 || quorum > 200) add(BOARD_FIELD_IDS.quorum, 'Enter the quorum as a whole number from 1 to 200');
  const day = Number(values.yearStartDay);
  if (!WHOLE.test(values.yearStartDay.trim()) || day < 1 || day > (DAYS_IN_MONTH[Number(values.yearStartMonth) - 1] ?? 31)) {
    add(BOARD_FIELD_IDS.yearStartDay, 'Enter a day that exists in the month the municipal year starts');
  }
  if (!values.numberingTemplate.includes('{n}')) add(BOARD_FIELD_IDS.numberingTemplate, 'The minute number pattern must contain {n}');
  if (!values.referenceTemplate.includes('{minute}') && !values.referenceTemplate.includes('{n}')) {
    add(BOARD_FIELD_IDS.referenceTemplate, 'The resolution reference pattern must contain {minute}');
  }
  for (const kind of STANDARD_ITEM_KINDS) {
    const item = values.standardItems[kind];
    if (!item.included) continue;
    if (item.title.trim() === '') add(standardItemFieldId(kind, 'title'), `Enter a title for “${standardItemKindLabel(kind)}”`);
    const minutes = item.minutes.trim();
    if (minutes !== '' && (!WHOLE.test(minutes) || Number(minutes) > 600)) {
      add(standardItemFieldId(kind, 'minutes'), `Enter the minutes for “${item.title || standardItemKindLabel(kind)}” as a whole number up to 600`);
    }
  }
  return errors;
}

/** The form as `boards.create` input; blank optional fields are left out. Call only once boardErrors is empty. */
export function boardInput(values: BoardFormValues): Input<'boards.create'> {
  const standardItems = STANDARD_ITEM_KINDS.filter((kind) => values.standardItems[kind].included).map((kind): StandardItem => {
    const item = values.standardItems[kind];
    const minutes = item.minutes.trim();
    return {
      kind,
      title: item.title.trim(),
      purpose: item.purpose,
      position: item.position,
      ...(minutes === '' ? {} : { timeAllowanceMinutes: Number(minutes) }),
    };
  });
  const clerkName = values.clerkName.trim();
  const clerkEmail = values.clerkEmail.trim();
  const organisation = filled(values.organisation);
  return {
    name: values.name.trim(),
    shortCode: values.shortCode.trim(),
    kind: values.kind,
    ...(organisation === undefined ? {} : { organisation }),
    quorum: Number(values.quorum),
    municipalYearStart: { month: Number(values.yearStartMonth), day: Number(values.yearStartDay) },
    minuteNumbering: { template: values.numberingTemplate.trim(), restart: values.numberingRestart },
    resolutionReferencing: { template: values.referenceTemplate.trim() },
    standardItems,
    ...(clerkName === '' && clerkEmail === '' ? {} : { clerk: { name: clerkName, ...(clerkEmail === '' ? {} : { email: clerkEmail }) } }),
  };
}

/**
 * The form as a patch of `before` for `boards.update`: an organisation the clerk emptied, or a clerk whose name and
 * email were both emptied, is sent as null, clearing it. The house style and word list, set elsewhere, are untouched.
 */
export function boardPatch(values: BoardFormValues, before: Board): Input<'boards.update'>['patch'] {
  const { organisation, clerk, ...rest } = boardInput(values);
  return { ...rest, ...clearable('organisation', organisation, before.organisation), ...clearable('clerk', clerk, before.clerk) };
}

/** Where the backend's refusal points, as one of this form's fields. */
export function boardFieldForPath(path: string | undefined): string | undefined {
  const key = path?.replace(/^patch\./, '').split('.')[0];
  if (key === undefined) return undefined;
  return key in BOARD_FIELD_IDS ? BOARD_FIELD_IDS[key as keyof typeof BOARD_FIELD_IDS] : undefined;
}
