import type { SignaturePrefix } from '@shared/domain/signature';

/** Vietnamese text of the signature block fields (issue dialog and settings). */
export const signatureText = {
  legend: 'Chữ ký',
  prefix: 'Hình thức ký',
  prefixes: {
    '': 'Ký trực tiếp (không ghi)',
    'TM.': 'TM. - thay mặt tập thể',
    'KT.': 'KT. - ký thay người đứng đầu',
    'TL.': 'TL. - thừa lệnh',
    'TUQ.': 'TUQ. - thừa ủy quyền',
    'Q.': 'Q. - quyền',
  } satisfies Record<SignaturePrefix, string>,
  authority: 'Ký thay cho',
  authorityDescription: 'Sau TM.: tên tập thể; sau KT., TL., TUQ.: chức danh người đứng đầu',
  position: 'Chức vụ người ký',
  positionPlaceholder: 'Ví dụ: Chủ tịch, Phó Chủ tịch, Trưởng ban',
  signer: 'Người ký',
  signerPlaceholder: 'Họ và tên người ký (có thể để trống)',
  deputy: 'Phó Chủ tịch ký thay',
  preview: 'In trên văn bản',
  /** "Phó " before the head's title when a deputy signs for them (KT.). */
  deputyOf: (head: string) => `Phó ${head.trim() || 'Chủ tịch'}`,
  errors: {
    authority: (prefix: string) => `Ký "${prefix}" cần ghi cơ quan hoặc chức danh được ký thay`,
    position: 'Chưa ghi chức vụ người ký',
  },
};
