import type { Migration } from './index';

// The signature block an issued document was signed with (prefix, authority, position, signer), as
// chosen in the issue dialog, so the register can say who signed in what capacity. Documents issued
// before this migration have only the signer's name (column signer): their block stays NULL.
export const migration004: Migration = {
  id: 4,
  name: 'documents: signature block stored with each issued document',
  sql: `
ALTER TABLE documents ADD COLUMN signature_json TEXT CHECK (signature_json IS NULL OR json_valid(signature_json));
`,
};
