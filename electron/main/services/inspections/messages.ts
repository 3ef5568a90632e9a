import { VISIT_STATUS_LABELS, type VisitStatus } from '../../../../shared/domain/inspections';

const label = (status: VisitStatus) => `"${VISIT_STATUS_LABELS[status]}"`;

/** Vietnamese messages of people, inspection rounds, visits and recommendations. */
export const inspectionMessages = {
  personNotFound: (id: number) => `Không tìm thấy người (mã bản ghi ${id}); hãy tải lại danh sách.`,
  personStale: (name: string) => `Thông tin của "${name}" vừa được thay đổi ở nơi khác. Hãy tải lại rồi sửa lại.`,
  notFound: (id: number) => `Không tìm thấy đợt kiểm tra (mã bản ghi ${id}); hãy tải lại danh sách.`,
  stale: (title: string) =>
    `Đợt kiểm tra "${title}" vừa được thay đổi ở nơi khác. Thay đổi của bạn chưa được lưu; hãy tải lại rồi sửa lại.`,
  periodReversed: 'Thời gian kiểm tra: "Đến ngày" không được trước "Từ ngày".',
  noTemplate: 'Chưa có mẫu nội dung kiểm tra nào; không thể lập đợt kiểm tra.',
  templateNotFound: (id: number) => `Không tìm thấy mẫu nội dung kiểm tra (mã bản ghi ${id}).`,
  movementNotFound: (id: number) => `Không tìm thấy phong trào (mã bản ghi ${id}).`,
  unitNotFound: (id: number) => `Không tìm thấy đơn vị (mã bản ghi ${id}).`,
  unitArchived: (name: string) => `Đơn vị "${name}" đã ngừng theo dõi; không thể chọn.`,
  teamNotFound: (id: number) => `Không tìm thấy đoàn kiểm tra (mã bản ghi ${id}) trong đợt này.`,
  teamStale: (name: string) => `Đoàn "${name}" vừa được thay đổi ở nơi khác. Hãy tải lại rồi sửa lại.`,
  teamVersionMissing: 'Sửa đoàn kiểm tra cần kèm phiên bản của đoàn.',
  memberTwice: (name: string) => `"${name}" có tên hai lần trong đoàn.`,
  oneLeader: 'Mỗi đoàn có đúng một Trưởng đoàn.',
  visitNotFound: (id: number) => `Không tìm thấy lần kiểm tra (mã bản ghi ${id}); hãy tải lại.`,
  visitStale: (unit: string) => `Lần kiểm tra tại "${unit}" vừa được thay đổi ở nơi khác. Thay đổi của bạn chưa được lưu; hãy tải lại.`,
  visitLocked: (unit: string, status: VisitStatus) =>
    `Lần kiểm tra tại "${unit}" đang ở trạng thái ${label(status)}; hãy mở lại (kèm lý do) trước khi sửa.`,
  resultsNotOpen: (unit: string, status: VisitStatus) =>
    `Chỉ ghi kết quả khi lần kiểm tra tại "${unit}" đang ở trạng thái ${label('in-progress')} hoặc ${label('results')} (hiện là ${label(status)}).`,
  itemNotInChecklist: (id: number) => `Nội dung kiểm tra (mã ${id}) không thuộc mẫu của đợt này.`,
  itemTwice: (code: string) => `Nội dung ${code} được ghi kết quả hai lần.`,
  itemNotApplicable: (code: string) => `Nội dung ${code} không áp dụng cho loại đơn vị này.`,
  pointsOverMax: (code: string, max: string) => `Điểm của nội dung ${code} vượt mức tối đa ${max}.`,
  pointsWithoutMax: (code: string) => `Nội dung ${code} không chấm điểm.`,
  pointsForNa: (code: string) => `Nội dung ${code} "không áp dụng" thì không chấm điểm.`,
  sameStatus: (status: VisitStatus) => `Lần kiểm tra đã ở trạng thái ${label(status)}.`,
  skipForward: (from: VisitStatus, to: VisitStatus, next: VisitStatus) =>
    `Không thể chuyển từ ${label(from)} sang ${label(to)}; bước tiếp theo là ${label(next)}.`,
  reopenNeedsReason: (to: VisitStatus) => `Mở lại về trạng thái ${label(to)} cần ghi lý do.`,
  noResults: 'Chưa ghi kết quả nội dung nào; chưa thể chuyển sang "Đã có kết quả".',
  missingRequired: (items: string[]) => `Chưa thể ký biên bản: còn nội dung bắt buộc chưa có kết quả: ${items.join('; ')}.`,
  templateStale: (title: string) => `Mẫu "${title}" vừa được thay đổi ở nơi khác. Hãy tải lại rồi sửa lại.`,
  bandTwice: (label: string) => `Mức xếp loại "${label}" có hai lần, hoặc hai mức cùng điểm tối thiểu.`,
  recommendationNotFound: (id: number) => `Không tìm thấy kiến nghị (mã bản ghi ${id}); hãy tải lại.`,
  recommendationStale: 'Kiến nghị vừa được thay đổi ở nơi khác. Hãy tải lại rồi sửa lại.',
  deadlineBeforeVisit: 'Hạn thực hiện kiến nghị không được trước ngày kiểm tra.',
  closedVisitNotLater: 'Lần kiểm tra ghi nhận kết thúc kiến nghị phải là lần kiểm tra sau tại cùng đơn vị.',
  closeNeedsDone: 'Chỉ ghi lần kiểm tra kết thúc khi kiến nghị đã hoàn thành.',
};
