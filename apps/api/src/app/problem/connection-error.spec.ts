import { isConnectionError } from './problem-details.filter.js';

describe('isConnectionError: which failures answer 503', () => {
  it('recognises a database that is starting up, shutting down or gone', () => {
    expect(isConnectionError(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('connection failure'), { code: '08006' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
  });

  it('looks through causes and what Prisma wraps in meta', () => {
    expect(isConnectionError(new Error('outer', { cause: Object.assign(new Error('inner'), { code: 'ECONNRESET' }) }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('P2039'), { code: 'P2039', meta: { driverAdapterError: { cause: { originalCode: '57P03' } } } }))).toBe(true);
  });

  it('leaves real bugs and bad data alone', () => {
    expect(isConnectionError(new TypeError('x is undefined'))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('P2039'), { code: 'P2039', meta: { driverAdapterError: { cause: { originalCode: '22P02' } } } }))).toBe(false);
  });
});
