/** Vietnamese text of the shared components. */
export const commonText = {
  retry: 'Thử lại',
} as const;
