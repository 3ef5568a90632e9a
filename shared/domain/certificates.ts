/** Layouts of pre-printed certificate blanks (phôi Bằng khen, Giấy khen): where each piece of text goes. */

/** What a field prints, from the decision and its award. */
export const CERTIFICATE_FIELD_KEYS = ['awardee', 'unit', 'achievement', 'decision', 'registerNumber', 'placeDate'] as const;
export type CertificateFieldKey = (typeof CERTIFICATE_FIELD_KEYS)[number];

export const CERTIFICATE_FIELD_LABELS: Record<CertificateFieldKey, string> = {
  awardee: 'Người, tập thể được khen',
  unit: 'Chức vụ, đơn vị hoặc địa chỉ',
  achievement: 'Thành tích',
  decision: 'Số và ngày quyết định',
  registerNumber: 'Số vào sổ',
  placeDate: 'Địa danh, ngày tháng',
};

/** Sample text shown in the editor's preview, as a certificate would print it. */
export const CERTIFICATE_FIELD_SAMPLES: Record<CertificateFieldKey, string> = {
  awardee: 'Ông Nguyễn Văn An',
  unit: 'Chủ tịch UBND xã, UBND xã Đăk Ui, huyện Đăk Hà',
  achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua "Chung sức xây dựng nông thôn mới" giai đoạn 2021 - 2025',
  decision: 'Quyết định số 812/QĐ-UBND ngày 05 tháng 7 năm 2025',
  registerNumber: '15/2025',
  placeDate: 'Kon Tum, ngày 05 tháng 7 năm 2025',
};

export const CERTIFICATE_PAPERS = ['A4', 'A3', 'custom'] as const;
export type CertificatePaper = (typeof CERTIFICATE_PAPERS)[number];
export const CERTIFICATE_ORIENTATIONS = ['portrait', 'landscape'] as const;
export type CertificateOrientation = (typeof CERTIFICATE_ORIENTATIONS)[number];
export const CERTIFICATE_ALIGNS = ['left', 'center', 'right'] as const;
export type CertificateAlign = (typeof CERTIFICATE_ALIGNS)[number];

/** ISO sizes in millimetres, portrait (short side first). */
export const PAPER_SIZES_MM: Record<Exclude<CertificatePaper, 'custom'>, { widthMm: number; heightMm: number }> = {
  A4: { widthMm: 210, heightMm: 297 },
  A3: { widthMm: 297, heightMm: 420 },
};

/** One text box on the blank, in millimetres from the paper's top-left corner; sizes in points. */
export interface CertificateField {
  key: CertificateFieldKey;
  /** Printed before the value, with a space, for blanks that do not pre-print it: "Số vào sổ:". */
  prefix: string;
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
  fontSize: number;
  minFontSize: number;
  bold: boolean;
  italics: boolean;
  align: CertificateAlign;
}

export interface CertificateLayoutFields {
  name: string;
  /** Which blank: "Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen của Giám đốc Sở". */
  blankKind: string;
  paper: CertificatePaper;
  /** Millimetres of the paper as it is fed, portrait; given for a custom paper, the ISO size otherwise. */
  widthMm: number;
  heightMm: number;
  orientation: CertificateOrientation;
  fields: CertificateField[];
}

export interface CertificateImageInfo {
  type: 'png' | 'jpg';
  size: number;
}

export interface CertificateLayout extends CertificateLayoutFields {
  id: number;
  /** The picture of the blank shown under the boxes in the preview (never printed). */
  image: CertificateImageInfo | null;
  version: number;
  updatedAt: string;
}

export interface CertificateImage {
  id: number;
  version: number;
  type: 'png' | 'jpg';
  base64: string;
}

/** 10 MB: a photo or scan of one blank. */
export const CERTIFICATE_IMAGE_MAX_BYTES = 10 * 1024 * 1024;

/** Width and height in millimetres as the sheet lies (landscape swaps the sides). */
export function sheetSize(layout: Pick<CertificateLayoutFields, 'widthMm' | 'heightMm' | 'orientation'>): {
  widthMm: number;
  heightMm: number;
} {
  const short = Math.min(layout.widthMm, layout.heightMm);
  const long = Math.max(layout.widthMm, layout.heightMm);
  return layout.orientation === 'landscape' ? { widthMm: long, heightMm: short } : { widthMm: short, heightMm: long };
}

/**
 * A Bằng khen of the provincial Chairman on an A4 landscape blank: the blank pre-prints the national
 * emblem, "BẰNG KHEN" and the signature; the fields fill the lines under "Tặng".
 */
export const DEFAULT_CERTIFICATE_LAYOUT: CertificateLayoutFields = {
  name: 'Bằng khen của Chủ tịch UBND tỉnh (A4 ngang)',
  blankKind: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  paper: 'A4',
  widthMm: 210,
  heightMm: 297,
  orientation: 'landscape',
  fields: [
    {
      key: 'awardee',
      prefix: '',
      xMm: 48,
      yMm: 88,
      widthMm: 200,
      heightMm: 12,
      fontSize: 22,
      minFontSize: 16,
      bold: true,
      italics: false,
      align: 'center',
    },
    {
      key: 'unit',
      prefix: '',
      xMm: 48,
      yMm: 102,
      widthMm: 200,
      heightMm: 9,
      fontSize: 15,
      minFontSize: 11,
      bold: false,
      italics: false,
      align: 'center',
    },
    {
      key: 'achievement',
      prefix: '',
      xMm: 48,
      yMm: 114,
      widthMm: 200,
      heightMm: 26,
      fontSize: 16,
      minFontSize: 12,
      bold: false,
      italics: true,
      align: 'center',
    },
    {
      key: 'placeDate',
      prefix: '',
      xMm: 160,
      yMm: 146,
      widthMm: 110,
      heightMm: 8,
      fontSize: 14,
      minFontSize: 11,
      bold: false,
      italics: true,
      align: 'center',
    },
    {
      key: 'decision',
      prefix: '',
      xMm: 25,
      yMm: 176,
      widthMm: 110,
      heightMm: 7,
      fontSize: 12,
      minFontSize: 10,
      bold: false,
      italics: false,
      align: 'left',
    },
    {
      key: 'registerNumber',
      prefix: 'Số vào sổ:',
      xMm: 25,
      yMm: 184,
      widthMm: 110,
      heightMm: 7,
      fontSize: 12,
      minFontSize: 10,
      bold: false,
      italics: false,
      align: 'left',
    },
  ],
};
