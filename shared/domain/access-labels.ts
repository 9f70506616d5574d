import type { AccessNeedKind } from '../model';

type NeedWords = { readonly label: string; readonly arrange: string };

// A record over the model's enum: a new kind of need is a compile error here until it has words.
const NEEDS: Readonly<Record<AccessNeedKind, NeedWords>> = {
  'large-print': { label: 'Large print', arrange: 'Print the papers in large print.' },
  'easy-read': { label: 'Easy read', arrange: 'Prepare easy read versions of the papers.' },
  'bsl-interpreter': { label: 'BSL interpreter', arrange: 'Book a British Sign Language interpreter.' },
  'personal-assistant': { label: 'Personal assistant', arrange: 'Make room for their personal assistant, and cover their costs.' },
  'hearing-loop': { label: 'Hearing loop', arrange: 'Check the room has a working hearing loop.' },
  'step-free-access': { label: 'Step-free access', arrange: 'Check the venue and the room can be reached without steps.' },
  breaks: { label: 'Breaks', arrange: 'Plan breaks into the meeting and tell the chair.' },
  'papers-posted-early': { label: 'Papers posted early', arrange: 'Post the papers early.' },
  'papers-emailed-early': { label: 'Papers emailed early', arrange: 'Email the papers early.' },
  other: { label: 'Other', arrange: 'Arrange what they have asked for.' },
};

/** "BSL interpreter": the name of a need, as a checkbox or a list shows it. */
export const accessNeedLabel = (kind: AccessNeedKind): string => NEEDS[kind].label;

/** What the secretariat does to meet the need, as a hint beside the checklist's "Arranged" box. */
export const accessNeedTask = (kind: AccessNeedKind): string => NEEDS[kind].arrange;
