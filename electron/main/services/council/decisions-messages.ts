import { formatDate } from '../../../../shared/format/date';

/** Vietnamese wording of the decisions list, the handing-over of awards and the register's CSV. */
export const decisionsMessages = {
  awardNotFound: (id: number) => `Không tìm thấy khen thưởng có mã ${id} trong sổ khen thưởng`,
  awardStale: 'Khen thưởng vừa được người khác sửa; hãy tải lại rồi làm lại',
  notIssued: (number: string) => `Quyết định số ${number} chưa ban hành: chưa ghi việc in, trao được`,
  beforeDecision: (label: string, decisionDate: string) => `${label} không được trước ngày quyết định (${formatDate(decisionDate)})`,
  handedBeforePrinted: 'Ngày trao không được trước ngày in',
  csvColumns: [
    'Số vào sổ',
    'Năm',
    'Họ và tên / Tên tập thể',
    'Loại đối tượng',
    'Hình thức khen thưởng',
    'Đơn vị trình',
    'Phong trào',
    'Số quyết định',
    'Ngày quyết định',
    'Thẩm quyền',
    'Ngày in',
    'Ngày trao',
    'Người nhận',
  ],
  fileName: 'So khen thuong',
};
