// The reason a server gives in an error body, whichever of the usual shapes it uses.

/**
 * `{ message }` (Miro, Linear), `{ errorMessages: [...] }` (Jira), `{ errors: [{ message }] }`
 * (GraphQL), `{ error_description }` / `{ error }` (OAuth), or short plain text. Undefined for
 * anything else (an HTML error page says nothing a person needs).
 */
export function serverReason(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(trimmed);
  } catch {
    return trimmed.startsWith('<') ? undefined : trimmed;
  }
  return reasonIn(body);
}

function reasonIn(body: unknown): string | undefined {
  if (typeof body === 'string') return body === '' ? undefined : body;
  if (typeof body !== 'object' || body === null) return undefined;
  const fields = new Map<string, unknown>(Object.entries(body));
  for (const key of ['message', 'error_description', 'errorMessage']) {
    const value = fields.get(key);
    if (typeof value === 'string' && value !== '') return value;
  }
  for (const key of ['errorMessages', 'errors']) {
    const list = fields.get(key);
    if (!Array.isArray(list)) continue;
    const first: unknown = list[0];
    const reason = reasonIn(first);
    if (reason !== undefined) return reason;
  }
  return reasonIn(fields.get('error'));
}
