import type { DocumentDescription } from '../../shared/documents/description';

/**
 * A report with every part of the format: issuer and motto, number and date, title and summary,
 * "Kính gửi", numbered sections, justified paragraphs, a table long enough to cross a page, two
 * signatures side by side, recipients, and a landscape annex attached to it.
 */
export function sampleReport(overrides: Partial<DocumentDescription> = {}): DocumentDescription {
  const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });
  const rows = Array.from({ length: 28 }, (_, index) => ({
    cells: [
      String(index + 1),
      `Xã Đắk ${['Rơ Wa', 'Blà', 'Cấm', 'Năng', 'Hring', 'Mar', 'Ui'][index % 7]} ${index + 1}`,
      index % 3 === 0 ? 'Hoàn thành xuất sắc' : 'Hoàn thành',
      `${(15.88 + index).toFixed(2).replace('.', ',')}`,
    ],
  }));
  return {
    typeName: 'Báo cáo',
    typeAbbreviation: 'BC',
    number: 5,
    date: '2026-12-05',
    summary: 'Kết quả kiểm tra phong trào thi đua "Kon Tum chung sức xây dựng nông thôn mới" năm 2026',
    addressees: ['Ủy ban nhân dân tỉnh Kon Tum'],
    body: [
      paragraph(
        'Thực hiện Kế hoạch số 12/KH-HĐTĐKT ngày 03 tháng 3 năm 2026 của Hội đồng Thi đua - Khen thưởng tỉnh về kiểm tra phong trào thi đua năm 2026, Đoàn kiểm tra đã làm việc tại 10 huyện, thành phố và 28 xã, phường, thị trấn; kết quả cụ thể như sau:',
      ),
      { kind: 'heading', level: 1, number: 'I', text: 'KẾT QUẢ ĐẠT ĐƯỢC' },
      { kind: 'heading', level: 2, number: '1', text: 'Công tác tuyên truyền, quán triệt' },
      paragraph(
        'Các đơn vị đã ban hành kế hoạch triển khai phong trào thi đua, tổ chức quán triệt đến cán bộ, công chức và Nhân dân; nội dung phong trào được lồng ghép trong các buổi sinh hoạt thôn, làng, tổ dân phố. Tổng kinh phí huy động đạt 1.234.567 nghìn đồng, tỷ lệ hộ tham gia đạt 15,88%.',
      ),
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 6, align: 'center' },
          { header: 'Đơn vị', width: 30 },
          { header: 'Kết quả', width: 20 },
          { header: 'Điểm', width: 10, align: 'right' },
        ],
        rows: [{ group: 'I. Huyện Đắk Hà' }, ...rows.slice(0, 14), { group: "II. Huyện Ia H' Drai" }, ...rows.slice(14)],
        numberedColumns: true,
      },
      { kind: 'heading', level: 1, number: 'II', text: 'TỒN TẠI, HẠN CHẾ VÀ KIẾN NGHỊ' },
      paragraph(
        'Một số đơn vị chưa cập nhật kịp thời kết quả thực hiện các tiêu chí; hồ sơ đề nghị khen thưởng còn thiếu biên bản họp xét. Đề nghị Ủy ban nhân dân các huyện chỉ đạo khắc phục trước ngày 31 tháng 12 năm 2026.',
      ),
    ],
    signatures: [
      { position: 'Trưởng đoàn kiểm tra', signer: 'Nguyễn Văn Bình' },
      { prefix: 'KT.', authority: 'Chủ tịch', position: 'Phó Chủ tịch thường trực', signer: 'Trần Thị Mỹ Dung' },
    ],
    recipients: ['Ủy ban nhân dân tỉnh (b/c)', 'Các thành viên Hội đồng', 'UBND các huyện, thành phố'],
    annexes: [
      {
        heading: 'Danh sách đơn vị được kiểm tra',
        attachedTo: true,
        orientation: 'landscape',
        body: [
          {
            kind: 'table',
            columns: [
              { header: 'STT', width: 5, align: 'center' },
              { header: 'Tên đơn vị', width: 30 },
              { header: 'Kết quả', width: 20 },
              { header: 'Điểm', width: 8, align: 'right' },
            ],
            rows: rows.slice(0, 10),
          },
        ],
      },
    ],
    ...overrides,
  };
}
