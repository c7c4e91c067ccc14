/** Every API route lives under this prefix (health and did:web paths excepted). */
export const API_PREFIX = 'api/v1';
