/** Longest place and keyword the search reads; the forms' maxlength and the URL parser share them. No imports: forms may use it anywhere. */
export const MAX_NEAR_LENGTH = 100;
export const MAX_QUERY_LENGTH = 100;
