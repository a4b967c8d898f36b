// A refusal a person can act on, with the contract's error code: services throw it, resolvers send it.
import type { ErrorCode, ResolverIssue } from '../../contract/resolver-contract';

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ResolverIssue[],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
