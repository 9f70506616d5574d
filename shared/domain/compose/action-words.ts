import type { Action } from '../../model';
import { formatLongDate } from '../british-dates';
import { capitalise, type PeopleIndex } from './people';

export const actionOwner = (owner: Action['owner'], people: PeopleIndex): string =>
  owner.kind === 'organisation' ? owner.name : capitalise(people.name(owner.personId));

export const dueWords = (dueDate: string | undefined): string => (dueDate === undefined ? 'No date set' : formatLongDate(dueDate));

const STATUS: Readonly<Record<Action['status'], string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const actionStatusLabel = (status: Action['status']): string => STATUS[status];
