/** Vietnamese text of the shared components. */
export const commonText = {
  retry: 'Thử lại',
  datePlaceholder: 'dd/mm/yyyy',
} as const;
