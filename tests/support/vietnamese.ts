/** Letters only Vietnamese uses (tone marks, ă, â, đ, ơ, ư...): a message without any is not Vietnamese. */
const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

/** Phrases of zod's built-in English messages, which must never reach a user. */
const ENGLISH = /\b(invalid|expected|received|required|too (big|small)|unrecognized|must|string|number|object|boolean)\b/i;

export function looksVietnamese(message: string): boolean {
  return VIETNAMESE_LETTER.test(message) && !ENGLISH.test(message);
}
