/** Vietnamese text of the shared components. */
export const commonText = {
  retry: 'Thử lại',
  reload: 'Tải lại',
  saveFailed: 'Chưa lưu được',
  datePlaceholder: 'dd/mm/yyyy',
} as const;
