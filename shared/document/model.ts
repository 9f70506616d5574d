import type { HouseStyle } from './house-style';

/**
 * The neutral document model. `compose*()` in shared/domain builds one from domain data; the DOCX, PDF and HTML
 * renderers turn it into bytes. Every word a reader sees is in here, so all formats carry the same words.
 */

/** A stretch of text with one look. */
export type Run = {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A web address the text points at; formats that cannot link still show the text. */
  readonly link?: string;
};

export type Runs = readonly Run[];

/** Level 1 is the document's title (Word's Title style); 2 to 4 are its headings (Heading 1 to 3). */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type Heading = {
  readonly kind: 'heading';
  readonly level: HeadingLevel;
  readonly runs: Runs;
  /** Names the heading for an agenda pack's bookmarks: the id of the agenda item it starts. */
  readonly anchor?: string;
};

/**
 * `lead` opens a document ("Minutes of the meeting of ..."); `note` is small print; `warning` is a notice the
 * reader must not miss (draft, not for publication); `masthead` is the organisation's name at the top.
 */
export type ParagraphStyle = 'body' | 'lead' | 'note' | 'warning' | 'masthead';

export type Paragraph = {
  readonly kind: 'paragraph';
  readonly runs: Runs;
  readonly style?: ParagraphStyle;
};

/** `parenthesised` numbers as resolutions are numbered: (1), (2), ... */
export type ListStyle = 'bullet' | 'decimal' | 'parenthesised';

/** How a `parenthesised` list counts: (1) (2) (3), (a) (b) (c), or (i) (ii) (iii). */
export type ListCounter = 'decimal' | 'lower-alpha' | 'lower-roman';

export type List = {
  readonly kind: 'list';
  readonly style: ListStyle;
  readonly items: readonly Runs[];
  /**
   * An outline, such as a decision's parts within parts: each item's depth (0 at the top), one per item. An item
   * one deeper than the item before it sits within that item, indented, and each depth counts afresh within the
   * item it sits in: (1), (a), (b), (2). Every item is at the top when left out.
   */
  readonly depths?: readonly number[];
  /** For a `parenthesised` list, how each depth counts, the top first; `decimal` at every depth when left out. */
  readonly counters?: readonly ListCounter[];
};

export type TableColumn = {
  readonly header: string;
  /** Relative width: the columns share the text width in proportion. */
  readonly width: number;
};

/** A data table; its first row is the header row, from `columns`. */
export type Table = {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly Runs[])[];
};

/** Where the chair (or the clerk) signs: blank lines to sign on, then the name and date once signed. */
export type SignatureBlock = {
  readonly kind: 'signature';
  /** "Chair", "Clerk". */
  readonly role: string;
  readonly name?: string;
  /** Already in words: "Tuesday 5 May 2026". */
  readonly date?: string;
};

/** `part` is a rule between a document's public and private parts; `page-break` starts a new page. */
export type Separator = {
  readonly kind: 'separator';
  readonly variant: 'part' | 'page-break';
};

export type ImageMediaType = 'image/png' | 'image/jpeg';

export type Image = {
  readonly kind: 'image';
  readonly mediaType: ImageMediaType;
  readonly dataBase64: string;
  /** Alternative text: every image in a published document needs it. */
  readonly alt: string;
  readonly maxHeightMm: number;
};

export type Block = Heading | Paragraph | List | Table | SignatureBlock | Separator | Image;

export const DOCUMENT_KINDS = ['agenda', 'minutes', 'extract', 'actions', 'report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type DocMeta = {
  readonly kind: DocumentKind;
  /** Shown in the window's title bar and in the file's properties. */
  readonly title: string;
  readonly subject: string;
  /** The organisation that publishes the document. */
  readonly author: string;
  readonly language: 'en-GB';
  /** The running header: the board's name on the left, the date on the right. */
  readonly header: { readonly left: string; readonly right: string };
  /** Public documents have had exempt content and unconsented names removed before composition. */
  readonly audience: 'public' | 'private';
};

export type DocModel = {
  readonly meta: DocMeta;
  readonly style: HouseStyle;
  readonly blocks: readonly Block[];
};
