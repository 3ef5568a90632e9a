import type { Orientation } from '../../../../shared/documents/description';
import type { DocumentSettings } from '../../../../shared/domain/settings';

/** 1 mm in PDF points (1 pt = 1/72 inch). */
export const MM = 72 / 25.4;

/** A4 in points (210 x 297 mm), as pdfmake sizes it. */
export const A4 = { width: 595.28, height: 841.89 };

export interface Margins {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PageGeometry {
  orientation: Orientation;
  width: number;
  height: number;
  margins: Margins;
  /** Width between the left and right margins. */
  contentWidth: number;
}

export function marginsOf(settings: DocumentSettings): Margins {
  return {
    left: settings.marginLeftMm * MM,
    top: settings.marginTopMm * MM,
    right: settings.marginRightMm * MM,
    bottom: settings.marginBottomMm * MM,
  };
}

/** The same margins on both orientations: pdfmake keeps one set for the whole document. */
export function pageGeometry(settings: DocumentSettings, orientation: Orientation): PageGeometry {
  const margins = marginsOf(settings);
  const [width, height] = orientation === 'landscape' ? [A4.height, A4.width] : [A4.width, A4.height];
  return { orientation, width, height, margins, contentWidth: width - margins.left - margins.right };
}
