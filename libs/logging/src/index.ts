export * from './logger-options.js';
export { redactUrlSecrets, SECRET_QUERY_PARAMETERS } from './url-secrets.js';
