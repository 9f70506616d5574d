import type { Input, Method } from '../../../shared/api/contract';

/**
 * Answers a change makes stale: a query method alone (every call of it), or with part of its input (the calls with
 * that part, e.g. `['meetings.get', { id }]` for one meeting whatever else was asked).
 */
export type Stale = { [Q in Method]: readonly [Q] | readonly [Q, Partial<Input<Q>>] }[Method];

type Rule<M extends Method> = (input: Input<M>) => readonly Stale[] | 'everything';

/**
 * What each change makes stale, declared per mutating method. After a change succeeds, the api client marks these
 * answers stale: those on screen are asked for again at once, the others when next shown (every screen asks when it
 * shows anyway, so a rule only has to name what a screen may be showing beside the change). Precise where the
 * change names its meeting; broad, by method, where what it touches is spread across many answers.
 *
 * Every method the backend does not count as a read has an entry (test/unit/renderer/invalidation.test.ts).
 */
export const INVALIDATES: { readonly [M in Method]?: Rule<M> } = {
  'boards.create': () => [['boards.list'], ['app.status']],
  'boards.update': ({ id }) => [['boards.list'], ['boards.get', { id }], ['meetings.get'], ['exports.preview'], ['plainEnglish.meetingCheck']],

  'people.create': () => people,
  'people.update': () => people,
  'members.add': ({ boardId }) => [...people, ['members.list', { boardId }], ['members.termReminders']],
  'members.addMany': ({ boardId }) => [...people, ['members.list', { boardId }], ['members.termReminders']],
  'members.update': () => people,

  'meetings.create': () => [['meetings.list']],
  'meetings.update': ({ id }) => [...meeting(id), ['meetings.list'], ['resolutions.list'], ['actions.list']],
  'meetings.publishAgenda': ({ id }) => [...meeting(id), ['meetings.list']],
  'meetings.hold': ({ id }) => [...meeting(id), ['meetings.list']],
  'meetings.cancel': ({ id }) => [...meeting(id), ['meetings.list']],

  'agenda.add': ({ meetingId }) => meeting(meetingId),
  'agenda.update': ({ meetingId }) => meeting(meetingId),
  'agenda.move': ({ meetingId }) => meeting(meetingId),
  'agenda.remove': ({ meetingId }) => [...meeting(meetingId), ...actions, ['resolutions.list']],

  'attendance.set': ({ meetingId }) => [...meeting(meetingId), ...coproduction],
  'attendance.recordMovement': ({ meetingId }) => meeting(meetingId),
  'attendance.remove': ({ meetingId }) => [...meeting(meetingId), ...coproduction],
  'attendance.markPresent': ({ meetingId }) => [...meeting(meetingId), ...coproduction],
  'attendance.undoMovement': ({ meetingId }) => meeting(meetingId),

  'declarations.add': ({ meetingId }) => meeting(meetingId),
  'declarations.update': ({ meetingId }) => meeting(meetingId),
  'declarations.remove': ({ meetingId }) => meeting(meetingId),

  // Saved while the clerk types: the editor holds the words, so only what is not on screen is made stale (see QUIET).
  'minutes.save': ({ meetingId }) => [['meetings.get', { id: meetingId }], ['exports.preview', { meetingId }], ['search.query']],
  'minutes.draft': ({ meetingId }) => [...meeting(meetingId), ['meetings.list']],
  'minutes.circulate': ({ meetingId }) => [...meeting(meetingId), ['meetings.list']],
  // Approving at a later meeting writes into that meeting's record too.
  'minutes.approve': ({ meetingId, atMeetingId }) => [...meeting(meetingId), ...meeting(atMeetingId), ['meetings.list'], ['resolutions.list']],
  // Numbers the minutes (and their decisions' references) if they were not drafted yet, then signs them.
  'minutes.recordPastApproval': ({ meetingId }) => [...meeting(meetingId), ['meetings.list'], ['resolutions.list']],
  'minutes.recordCorrection': ({ meetingId, corrects }) => [...meeting(meetingId), ...meeting(corrects.meetingId), ['meetings.list']],

  'resolutions.add': ({ meetingId }) => [...meeting(meetingId), ['resolutions.list']],
  'resolutions.update': ({ meetingId }) => [...meeting(meetingId), ['resolutions.list']],
  'resolutions.move': ({ meetingId }) => [...meeting(meetingId), ['resolutions.list']],
  'resolutions.remove': ({ meetingId }) => [...meeting(meetingId), ['resolutions.list'], ...actions],

  // An action is carried into later meetings and listed across boards.
  'actions.add': ({ meetingId }) => [...meeting(meetingId), ...actions],
  'actions.update': ({ meetingId }) => [...meeting(meetingId), ...actions],
  'actions.addUpdate': ({ meetingId }) => [...meeting(meetingId), ...actions],

  'attachments.add': ({ meetingId }) => meeting(meetingId),
  'attachments.remove': ({ meetingId }) => meeting(meetingId),

  'data.import': () => 'everything',
  // A whole meeting from the past, with people, members, decisions and actions: as wide as an import.
  'pastMinutes.accept': () => 'everything',

  'access.arrange': ({ meetingId }) => [
    ['access.checklist', { meetingId }],
    ['meetings.get', { id: meetingId }],
  ],

  'backups.create': () => backups,
  'backups.updateSettings': () => backups,

  'diversity.record': () => diversity,
  'diversity.remove': () => diversity,

  'criteriaSets.addDefault': ({ boardId }) => [['criteriaSets.list', { boardId }]],
  'criteriaSets.create': ({ boardId }) => [['criteriaSets.list', { boardId }]],
  'criteriaSets.update': () => ratings,
  'ratings.create': () => ratings,
  'ratings.update': () => ratings,
  'ratings.remove': () => ratings,

  'reward.rates.set': () => [['reward.rates.list'], ...reward],
  'reward.rates.remove': () => [['reward.rates.list'], ...reward],
  'reward.claims.create': () => reward,
  'reward.claims.update': () => reward,
  'reward.claims.setStatus': () => reward,
  'reward.claims.remove': () => reward,

  'youSaid.create': () => youSaid,
  'youSaid.update': () => youSaid,
  'youSaid.recordOutcome': () => youSaid,
  'youSaid.remove': () => youSaid,
};

/**
 * Changes whose answers on screen are not asked for again at once: the minute saved as it is typed is already on
 * screen in the editor, and asking for the meeting again after every pause in typing would only cost.
 */
export const QUIET: ReadonlySet<Method> = new Set<Method>(['minutes.save']);

/** A meeting as its screens show it: its record, its document preview, its access checklist and plain English check. */
function meeting(id: string): readonly Stale[] {
  return [
    ['meetings.get', { id }],
    ['exports.preview', { meetingId: id }],
    ['access.checklist', { meetingId: id }],
    ['plainEnglish.meetingCheck', { meetingId: id }],
    ['actions.openForMeeting', { meetingId: id }],
  ];
}

const people: readonly Stale[] = [
  ['people.list'],
  ['members.list'],
  ['members.termReminders'],
  ['meetings.get'],
  ['access.checklist'],
  ['diversity.get'],
];
const actions: readonly Stale[] = [['actions.list'], ['actions.openForMeeting'], ['meetings.get'], ['search.query']];
const coproduction: readonly Stale[] = [['reward.claims.list'], ['participation.report']];
const backups: readonly Stale[] = [['backups.list'], ['app.status']];
const diversity: readonly Stale[] = [['diversity.get'], ['diversity.report'], ['participation.report']];
const ratings: readonly Stale[] = [['criteriaSets.list'], ['ratings.list'], ['ratings.trend']];
const reward: readonly Stale[] = [['reward.claims.list'], ['reward.totals']];
const youSaid: readonly Stale[] = [['youSaid.list'], ['youSaid.report']];

/** What a change to `method` with `input` makes stale; undefined for a read. */
export function staleAfter<M extends Method>(method: M, input: Input<M>): readonly Stale[] | 'everything' | undefined {
  const rule: Rule<M> | undefined = INVALIDATES[method];
  return rule?.(input);
}
