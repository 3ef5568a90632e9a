/** Vietnamese messages of movements, milestones and submissions. */
export const movementMessages = {
  notFound: (id: number) => `Không tìm thấy phong trào (mã bản ghi ${id}); hãy tải lại danh sách.`,
  stale: (name: string) => `Phong trào "${name}" vừa được thay đổi ở nơi khác. Thay đổi của bạn chưa được lưu; hãy tải lại rồi sửa lại.`,
  unitNotFound: (id: number) => `Không tìm thấy đơn vị (mã bản ghi ${id}).`,
  scopeWrongKind: 'Địa bàn của phong trào phải là tỉnh, huyện hoặc xã.',
  milestoneNotFound: (id: number) => `Không tìm thấy mốc thời gian (mã bản ghi ${id}); hãy tải lại.`,
  milestoneStale: (title: string) => `Mốc "${title}" vừa được thay đổi ở nơi khác. Hãy tải lại rồi sửa lại.`,
  noSubmissionRequired: (title: string) => `Mốc "${title}" không yêu cầu các đơn vị nộp văn bản.`,
  notParticipant: (unit: string, movement: string) => `Đơn vị "${unit}" không tham gia phong trào "${movement}".`,
  submissionStale: (unit: string) => `Văn bản của "${unit}" vừa được cập nhật ở nơi khác. Hãy tải lại rồi nhập lại.`,
  receivedBeforeLaunch: 'Ngày nhận không được trước ngày ban hành văn bản phát động phong trào.',
};
