import { DEFAULT_STANDARD_ITEMS, type Action, type AgendaItem, type Board, type Meeting } from '../../shared/model';

const T = '2025-01-01T10:00:00.000Z';

export function board(overrides: Partial<Board> = {}): Board {
  return {
    id: 'b1',
    name: 'Riverside Co-production Board',
    shortCode: 'RCPB',
    kind: 'co-production-board',
    quorum: 3,
    municipalYearStart: { month: 5, day: 1 },
    minuteNumbering: { template: '{n}.', restart: 'municipal-year' },
    resolutionReferencing: { template: '{code}/{yyyy}/{minute}-{r}' },
    standardItems: [...DEFAULT_STANDARD_ITEMS],
    seldomHeardGroups: [],
    archived: false,
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return { id: 'm1', boardId: 'b1', date: '2025-06-10', startTime: '14:00', status: 'draft', createdAt: T, updatedAt: T, ...overrides };
}

export function item(id: string, order: number, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id,
    meetingId: 'm1',
    parentId: null,
    order,
    title: `Item ${id}`,
    purpose: 'discussion',
    confidentiality: { access: 'public' },
    recommendations: [],
    attachmentIds: [],
    supplementary: false,
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

export function action(id: string, overrides: Partial<Action> = {}): Action {
  return {
    id,
    meetingId: 'm1',
    text: `Action ${id}`,
    owner: { kind: 'organisation', name: 'Riverside Community Voice' },
    status: 'open',
    history: [],
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}
