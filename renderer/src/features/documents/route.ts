/** Route path and nav label for the register (its own module, so the shell does not load the register's code). */
export const documentsRoute = { path: '/documents', label: 'Sổ văn bản' } as const;
