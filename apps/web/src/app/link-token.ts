/**
 * The token a mailed link (or single sign-on's callback) carries after `#token=`. A fragment never reaches the server (nor its
 * logs); once read it is taken out of the address bar and the history.
 */
export function takeLinkToken(): string {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return token;
}
