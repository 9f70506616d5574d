import type { Board, HouseFontId } from '../model/board';
import type { ImageMediaType } from './model';

export type Margins = { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };

/** A board's house style with every default filled in: what the renderers work from. */
export type HouseStyle = {
  readonly organisation: string;
  readonly logo?: { readonly mediaType: ImageMediaType; readonly dataBase64: string; readonly alt: string };
  readonly font: HouseFontId;
  readonly pageSize: 'A4';
  /** Millimetres. */
  readonly marginsMm: Margins;
  /** Body text size in points; headings scale from it. 12 pt suits readers who struggle with small print. */
  readonly bodySizePt: number;
};

export const DEFAULT_MARGINS_MM: Margins = { top: 25, right: 20, bottom: 25, left: 20 };
export const DEFAULT_FONT: HouseFontId = 'liberation-sans';

export const A4_MM = { width: 210, height: 297 } as const;
export const POINTS_PER_MM = 72 / 25.4;

export function resolveHouseStyle(board: Pick<Board, 'name' | 'organisation' | 'houseStyle'>): HouseStyle {
  const settings = board.houseStyle ?? {};
  const organisation = settings.organisationName ?? board.organisation ?? board.name;
  return {
    organisation,
    ...(settings.logo === undefined
      ? {}
      : { logo: { mediaType: settings.logo.mediaType, dataBase64: settings.logo.dataBase64, alt: settings.logo.alt ?? `${organisation} logo` } }),
    font: settings.font ?? DEFAULT_FONT,
    pageSize: 'A4',
    marginsMm: settings.marginsMm ?? DEFAULT_MARGINS_MM,
    bodySizePt: 12,
  };
}
