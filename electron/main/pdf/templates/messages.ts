/** Vietnamese messages about templates and their params. */
export const templateMessages = {
  unknownTemplate: (id: string) => `Không có mẫu văn bản "${id}". Hãy chọn một mẫu trong danh sách.`,
  badParams: (title: string) => `Thông tin để lập "${title}" chưa hợp lệ. Hãy kiểm tra các trường được đánh dấu.`,
  unknownParams: (keys: string[]) => `Trường không được phép: ${keys.join(', ')}`,
  noUnits: 'Không có đơn vị nào phù hợp với bộ lọc để in danh sách. Hãy bỏ bớt điều kiện lọc.',
  districtNotFound: 'Không tìm thấy huyện, thành phố đã chọn.',
};
