import type { Block, DocModel, HeadingLevel } from '../../document/model';

const demote = (level: HeadingLevel): HeadingLevel => (level === 1 ? 2 : level === 2 ? 3 : 4);

/**
 * A whole report as a section of a longer one (the annual report): its masthead is left out and every heading
 * goes down a level, so its title becomes a section heading and the navigation pane still nests properly.
 */
export function asSection(doc: DocModel): Block[] {
  const blocks = doc.blocks.filter((block) => !(block.kind === 'image' || (block.kind === 'paragraph' && block.style === 'masthead')));
  return blocks.map((block) => (block.kind === 'heading' ? { ...block, level: demote(block.level) } : block));
}
