/** Vietnamese text of the register's recipients and copies columns and its history action. */
export const registerText = {
  columns: { recipients: 'Nơi nhận', copies: 'Số bản' },
  notRecorded: '—',
  notRecordedHint: 'Văn bản ban hành trước khi sổ ghi nơi nhận và số bản',
  moreRecipients: (n: number) => `và ${n} nơi khác`,
  history: 'Lịch sử thay đổi',
};
