import type { HouseFontId } from '../model/board';

export type FontStyleName = 'regular' | 'bold' | 'italic' | 'boldItalic';

export type HouseFont = {
  readonly id: HouseFontId;
  /** What the clerk picks from. */
  readonly label: string;
  /**
   * The family a DOCX names. Word on a council laptop has Arial and Times New Roman, not Liberation: the
   * Liberation fonts share their metrics, so the Word file and the PDF break lines in the same places.
   */
  readonly docxFamily: string;
  /** For HTML: the metric twin first, then the bundled family, then a generic one. */
  readonly cssStack: string;
  /** TTF files in resources/fonts/, which the PDF embeds. */
  readonly files: Readonly<Record<FontStyleName, string>>;
};

export const HOUSE_FONTS: Readonly<Record<HouseFontId, HouseFont>> = {
  'liberation-sans': {
    id: 'liberation-sans',
    label: 'Liberation Sans (the metrics of Arial)',
    docxFamily: 'Arial',
    cssStack: 'Arial, "Liberation Sans", Helvetica, sans-serif',
    files: {
      regular: 'LiberationSans-Regular.ttf',
      bold: 'LiberationSans-Bold.ttf',
      italic: 'LiberationSans-Italic.ttf',
      boldItalic: 'LiberationSans-BoldItalic.ttf',
    },
  },
  'liberation-serif': {
    id: 'liberation-serif',
    label: 'Liberation Serif (the metrics of Times New Roman)',
    docxFamily: 'Times New Roman',
    cssStack: '"Times New Roman", "Liberation Serif", Times, serif',
    files: {
      regular: 'LiberationSerif-Regular.ttf',
      bold: 'LiberationSerif-Bold.ttf',
      italic: 'LiberationSerif-Italic.ttf',
      boldItalic: 'LiberationSerif-BoldItalic.ttf',
    },
  },
};

export const fontStyleOf = (bold: boolean, italic: boolean): FontStyleName =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
