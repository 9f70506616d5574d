import { z } from 'zod';
import type { Input } from '../../../../shared/api/contract';
import { ItemFields } from '../../../../shared/api/inputs';
import type { NumberedItem } from '../../../../shared/api/views';
import { ExemptCategory, ExemptConfidentiality, type ExclusionOutcome } from '../../../../shared/model/agenda-item';
import { ItemPurpose } from '../../../../shared/model/board';
import { optional, wholeNumber, worded } from '../../components/form/form-rules';
import { clearable } from '../../components/form/patch-fields';

export type Access = 'public' | 'exempt';
export type CategoryChoice = `${ExemptCategory}`;
/** How the motion to exclude the press and public went; '' until it is recorded. */
export type MotionChoice = '' | ExclusionOutcome;

const CATEGORY_CHOICES = ['1', '2', '3', '4', '5', '6', '7'] as const satisfies readonly CategoryChoice[];
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * An agenda item as its editor holds it, from the contract's item fields: text as typed; its output is the fields
 * of `agenda.add` (a blank presenter or time left out, the recommendations one a line). An exempt item names its
 * category of exempt information.
 */
export const itemFormSchema = z
  .object({
    title: worded(ItemFields.shape.title, 'Enter the item’s title'),
    purpose: ItemPurpose,
    /** What the agenda says the item is for, apart from the minute. */
    description: optional(worded(ItemFields.shape.description.unwrap(), 'Keep what the agenda says to 10,000 characters')),
    unnumbered: z.boolean(),
    /** '' for the meeting's chair. */
    chairPersonId: z.string(),
    presenter: optional(worded(ItemFields.shape.presenter.unwrap(), 'Keep who presents it to 200 characters')),
    minutes: optional(wholeNumber(ItemFields.shape.timeAllowanceMinutes.unwrap(), 'Enter the time allowed as a whole number of minutes, up to 600')),
    recommendations: worded(
      z.string().transform(lines).pipe(ItemFields.shape.recommendations),
      'Give at most 50 recommendations, each of 2,000 characters or fewer',
    ),
    access: z.enum(['public', 'exempt']),
    category: z.enum(CATEGORY_CHOICES).nullable(),
    /** Further paragraphs the item also falls under. */
    furtherCategories: z.array(z.enum(CATEGORY_CHOICES)),
    reason: z.string(),
    publicInterest: optional(worded(ExemptConfidentiality.shape.publicInterest.unwrap(), 'Keep the public-interest statement to 1,000 characters')),
    exclusionMotion: z.enum(['', 'carried', 'lost']),
    /** Short sentences, one idea a line, for the easy-read agenda and minutes. */
    easyReadSummary: optional(worded(ItemFields.shape.easyReadSummary.unwrap(), 'Keep the easy-read summary to 2,000 characters')),
  })
  .superRefine((values, ctx) => {
    if (values.access === 'exempt' && values.category === null)
      ctx.addIssue({ code: 'custom', path: ['category'], message: 'Choose the category of exempt information' });
  })
  .transform((values): ItemInput => {
    const reason = values.reason.trim();
    const category = values.category === null ? null : ExemptCategory.parse(Number(values.category));
    const further = values.furtherCategories.filter((c) => c !== values.category).map((c) => ExemptCategory.parse(Number(c)));
    return {
      title: values.title,
      purpose: values.purpose,
      ...(values.description === undefined ? {} : { description: values.description }),
      ...(values.unnumbered ? { unnumbered: true } : {}),
      ...(values.chairPersonId === '' ? {} : { chairPersonId: values.chairPersonId }),
      ...(values.presenter === undefined ? {} : { presenter: values.presenter }),
      ...(values.minutes === undefined ? {} : { timeAllowanceMinutes: values.minutes }),
      recommendations: values.recommendations,
      confidentiality:
        values.access === 'exempt' && category !== null
          ? {
              access: 'exempt',
              category,
              ...(further.length === 0 ? {} : { furtherCategories: further }),
              ...(reason === '' ? {} : { reason }),
              ...(values.publicInterest === undefined ? {} : { publicInterest: values.publicInterest }),
              ...(values.exclusionMotion === '' ? {} : { exclusionMotion: values.exclusionMotion }),
            }
          : { access: 'public' },
      ...(values.easyReadSummary === undefined ? {} : { easyReadSummary: values.easyReadSummary }),
    };
  });

export type ItemFormValues = z.input<typeof itemFormSchema>;
/** A new item's fields, as `agenda.add` takes them. */
export type ItemInput = Omit<Input<'agenda.add'>, 'meetingId' | 'parentId' | 'index'>;

export type ItemField =
  | 'title'
  | 'description'
  | 'minutes'
  | 'category'
  | 'furtherCategories'
  | 'publicInterest'
  | 'chairPersonId'
  | 'presenter'
  | 'recommendations'
  | 'easyReadSummary';
const ITEM_FIELDS: readonly string[] = [
  'title',
  'description',
  'minutes',
  'category',
  'furtherCategories',
  'publicInterest',
  'chairPersonId',
  'presenter',
  'recommendations',
  'easyReadSummary',
] satisfies readonly ItemField[];
export const itemFieldId = (formId: string, field: ItemField): string => `${formId}-${field}`;

/** The field of the editor `formId` a problem at `path` is shown beside. */
export const itemFieldIdFor =
  (formId: string): ((path: string) => string | undefined) =>
  (path) => {
    const steps = path.replace(/^patch\./, '').split('.');
    // A problem within the grounds for exemption is shown at its own field: "confidentiality.publicInterest".
    const field = steps[0] === 'confidentiality' && steps[1] !== undefined && ITEM_FIELDS.includes(steps[1]) ? steps[1] : steps[0];
    if (field === 'timeAllowanceMinutes') return itemFieldId(formId, 'minutes');
    return field !== undefined && ITEM_FIELDS.includes(field) ? `${formId}-${field}` : undefined;
  };

export const newItemValues = (): ItemFormValues => ({
  title: '',
  purpose: 'discussion',
  description: '',
  unnumbered: false,
  chairPersonId: '',
  presenter: '',
  minutes: '',
  recommendations: '',
  access: 'public',
  category: null,
  furtherCategories: [],
  reason: '',
  publicInterest: '',
  exclusionMotion: '',
  easyReadSummary: '',
});

export function itemValues(item: NumberedItem): ItemFormValues {
  const exempt = item.confidentiality.access === 'exempt' ? item.confidentiality : null;
  return {
    title: item.title,
    purpose: item.purpose,
    description: item.description ?? '',
    unnumbered: item.unnumbered === true,
    chairPersonId: item.chairPersonId ?? '',
    presenter: item.presenter ?? '',
    minutes: item.timeAllowanceMinutes === undefined ? '' : String(item.timeAllowanceMinutes),
    recommendations: item.recommendations.join('\n'),
    access: exempt ? 'exempt' : 'public',
    category: exempt ? (String(exempt.category) as CategoryChoice) : null,
    furtherCategories: (exempt?.furtherCategories ?? []).map((c) => String(c) as CategoryChoice),
    reason: exempt?.reason ?? '',
    publicInterest: exempt?.publicInterest ?? '',
    exclusionMotion: exempt?.exclusionMotion ?? '',
    easyReadSummary: item.easyReadSummary ?? '',
  };
}

/**
 * The item's fields as a patch of the item edited: a presenter, time allowance or summary the clerk emptied is sent
 * as null, which clears it. Without `before` (nothing to clear) it is the new item's fields.
 */
export function itemPatch(
  input: ItemInput,
  before?: Pick<NumberedItem, 'presenter' | 'timeAllowanceMinutes' | 'easyReadSummary' | 'description' | 'unnumbered' | 'chairPersonId'>,
): Input<'agenda.update'>['patch'] {
  const { presenter, timeAllowanceMinutes, easyReadSummary, description, unnumbered, chairPersonId, ...rest } = input;
  return {
    ...rest,
    ...clearable('description', description, before?.description),
    ...clearable('unnumbered', unnumbered, before?.unnumbered === true ? true : undefined),
    ...clearable('chairPersonId', chairPersonId, before?.chairPersonId),
    ...clearable('presenter', presenter, before?.presenter),
    ...clearable('timeAllowanceMinutes', timeAllowanceMinutes, before?.timeAllowanceMinutes),
    ...clearable('easyReadSummary', easyReadSummary, before?.easyReadSummary),
  };
}
