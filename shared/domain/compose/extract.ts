import type { Block, DocModel } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import { formatLongDate } from '../british-dates';
import { decisionRecordBlocks } from './decisions';
import { fact, heading, masthead, para } from './blocks';
import type { MeetingData } from './meeting-data';
import { peopleIndex, withArticle } from './people';

export type ExtractOptions = {
  /** Who certifies the extract: the board's clerk unless another officer is named. */
  readonly certifiedBy?: string;
};

/** Thrown when an extract cannot be made; its message is for the clerk. */
export class ExtractRefusal extends Error {
  constructor(
    message: string,
    readonly reason: 'not_found' | 'exempt',
  ) {
    super(message);
    this.name = 'ExtractRefusal';
  }
}

/**
 * One decision as a formal extract of the minutes: the board, the meeting, the minute number, the reference and
 * the exact words, certified by the clerk. Until the minutes are signed it says plainly that it is a draft.
 */
export function composeResolutionExtract(data: MeetingData, resolutionId: string, options: ExtractOptions = {}): DocModel {
  const { board, meeting } = data;
  const resolution = data.resolutions.find((r) => r.id === resolutionId);
  if (resolution === undefined) {
    const hidden = data.audience === 'public' && data.items.some((i) => i.part === 'private');
    throw new ExtractRefusal(
      hidden
        ? 'There is no public decision with that reference: a decision taken in private cannot be published as an extract.'
        : 'There is no decision with that reference in this meeting.',
      hidden ? 'exempt' : 'not_found',
    );
  }
  const item = data.items.find((i) => i.id === resolution.itemId);
  const style = resolveHouseStyle(board);
  const people = peopleIndex(data.people);
  const date = formatLongDate(meeting.date);
  const minute = (item?.minuteLabel ?? item?.number ?? '').replace(/\.$/, '');
  const signed = meeting.approval !== undefined;

  const blocks: Block[] = [...masthead(style), heading(1, 'Extract from the minutes'), para(board.name, 'lead')];
  if (!signed)
    blocks.push(
      para(
        'Draft — not yet approved. The minutes of this meeting have not yet been approved as a correct record, so these words may still change.',
        'warning',
      ),
    );
  if (item?.part === 'private')
    blocks.push(para('Not for publication: this decision was taken in private and includes exempt information.', 'warning'));
  blocks.push(fact('Meeting', `${board.name}, ${date}`), fact('Minute', minute === '' ? 'Not yet numbered' : minute));
  if (item !== undefined) blocks.push(fact('Item', item.title));
  blocks.push(fact('Reference', resolution.reference ?? 'Not yet referenced'));
  blocks.push(heading(2, 'Decision'), ...decisionRecordBlocks(resolution, people));

  const clerk = options.certifiedBy ?? board.clerk?.name;
  const approved =
    signed && data.approvedAtMeetingDate !== undefined
      ? `, approved as a correct record at the meeting held on ${formatLongDate(data.approvedAtMeetingDate)}`
      : '';
  blocks.push(
    heading(2, 'Certificate'),
    para(
      signed
        ? `I certify that this is a true extract from the minutes of the meeting of ${withArticle(board.name)} held on ${date}${approved}.`
        : `I certify that this is a true extract from the draft minutes of the meeting of ${withArticle(board.name)} held on ${date}, which have not yet been approved.`,
    ),
    { kind: 'signature', role: 'Clerk', ...(clerk === undefined || clerk === '' ? {} : { name: clerk }), date: formatLongDate(data.today) },
  );

  return {
    meta: {
      kind: 'extract',
      title: `Extract of minutes: ${board.name}, ${date}${resolution.reference === undefined ? '' : `, ${resolution.reference}`}`,
      subject: `Extract from the minutes of the meeting of ${withArticle(board.name)} held on ${date}`,
      author: style.organisation,
      language: 'en-GB',
      header: { left: board.name, right: `Extract, ${date}` },
      audience: data.audience,
    },
    style,
    blocks,
  };
}

/** A decision by its reference, or failing that its id. */
export function findResolution(data: Pick<MeetingData, 'resolutions'>, refOrId: string): string | undefined {
  const wanted = refOrId.trim().toLowerCase();
  return (data.resolutions.find((r) => r.reference?.toLowerCase() === wanted) ?? data.resolutions.find((r) => r.id === refOrId))?.id;
}
