/** The fixed wording of the administrative format (Decree 30/2020, Appendix I). */
export const formatText = {
  mottoCountry: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  mottoWords: 'Độc lập - Tự do - Hạnh phúc',
  addressees: 'Kính gửi:',
  recipients: 'Nơi nhận:',
  /** Last entry of "Nơi nhận" when a template gives none: the archive copy. */
  filing: 'Lưu: VT, TĐKT',
  annexLabel: 'Phụ lục',
  attached: (typeName: string, numberText: string, dateText: string) => `(Kèm theo ${typeName} số ${numberText} ngày ${dateText})`,
};
