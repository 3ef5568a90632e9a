/** Rows per page of the register (sổ văn bản). */
export const REGISTER_PAGE_SIZE = 50;

/** The register's first read with no filter chosen, shared with the start-up prefetch so both ask alike. */
export const firstRegisterInput = { page: 1, pageSize: REGISTER_PAGE_SIZE };
