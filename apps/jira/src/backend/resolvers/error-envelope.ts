// Any failure as the contract's error envelope: a code the UI branches on and a message with no internals.
import { JiraClientError, type JiraClientErrorCode } from '../../client/jira-client-error';
import { type ErrorCode, errorResult, type ResolverResult } from '../../contract/resolver-contract';
import { ServiceError } from '../services/service-error';
import { StorageError } from '../storage/storage-error';

const FROM_JIRA: Record<JiraClientErrorCode, ErrorCode> = {
  unauthorized: 'forbidden',
  'no-permission': 'forbidden',
  'not-found': 'not-found',
  'invalid-request': 'invalid-request',
  'invalid-links': 'conflict',
  'rate-limited': 'rate-limited',
  server: 'upstream-error',
  network: 'upstream-error',
  'limit-reached': 'upstream-error',
  'invalid-response': 'upstream-error',
};

export function errorEnvelope(error: unknown): ResolverResult<never> {
  if (error instanceof ServiceError) return errorResult(error.code, error.message, error.issues);
  if (error instanceof StorageError) return errorResult(error.code, error.message);
  // The client's messages are already redacted (no tokens, no bodies).
  if (error instanceof JiraClientError) return errorResult(FROM_JIRA[error.code], error.message);
  return errorResult('internal', 'Something went wrong in the app; try again');
}
