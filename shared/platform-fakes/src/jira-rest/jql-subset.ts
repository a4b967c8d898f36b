// The part of JQL the Throughline client and app send, parsed and evaluated over the fake's issues:
// property clauses (and their aliases), project, issue/key/id, IS [NOT] EMPTY, AND / OR / NOT, brackets, ORDER BY.

/** What a clause is evaluated against: one issue as the search index sees it. */
export interface JqlIssue {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  duedate: string | null;
  /** Entity properties as indexed (may lag the stored ones). */
  properties: Readonly<Record<string, unknown>>;
}

export interface JqlQuery {
  matches(issue: JqlIssue): boolean;
  /** Sorts in place by the ORDER BY clause, by id when there is none. */
  sort(issues: JqlIssue[]): void;
}

export class JqlError extends Error {
  override name = 'JqlError';
}

/** Search aliases of the app's entity property index: alias → `property.path`. */
export type JqlAliases = Readonly<Record<string, { property: string; path: string }>>;

export const THROUGHLINE_ALIASES: JqlAliases = {
  journeyMap: { property: 'throughline-links', path: 'mapIds' },
  journeyStage: { property: 'throughline-links', path: 'stageIds' },
  journeyPainPoint: { property: 'throughline-links', path: 'painPointIds' },
  journeyStageRef: { property: 'throughline-links', path: 'stageRefs' },
};

type Token = { kind: 'word' | 'string' | 'op' | 'punct'; text: string };

function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < jql.length) {
    const char = jql[index] ?? '';
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '"' || char === "'") {
      let text = '';
      index += 1;
      for (;;) {
        const next = jql[index];
        if (next === undefined) throw new JqlError('The JQL has a string that is never closed');
        index += 1;
        if (next === char) break;
        if (next === '\\') {
          const escaped = jql[index];
          index += 1;
          text +=
            escaped === 'n'
              ? '\n'
              : escaped === 't'
                ? '\t'
                : escaped === 'r'
                  ? '\r'
                  : (escaped ?? '');
        } else text += next;
      }
      tokens.push({ kind: 'string', text });
    } else if (char === '!' && jql[index + 1] === '=') {
      tokens.push({ kind: 'op', text: '!=' });
      index += 2;
    } else if (char === '=') {
      tokens.push({ kind: 'op', text: '=' });
      index += 1;
    } else if ('(),'.includes(char)) {
      tokens.push({ kind: 'punct', text: char });
      index += 1;
    } else {
      // A word runs to whitespace or punctuation; `issue.property[key].path` is one word.
      const match = /^(?:[^\s(),="'![]|\[[^\]]*\])+/.exec(jql.slice(index));
      if (match === null) throw new JqlError(`The JQL has an unexpected "${char}"`);
      tokens.push({ kind: 'word', text: match[0] });
      index += match[0].length;
    }
  }
  return tokens;
}

type Field =
  | { kind: 'property'; property: string; path: string; label: string }
  | { kind: 'project' }
  | { kind: 'issue' };

const ORDER_FIELDS = new Set(['key', 'id', 'issue', 'summary', 'duedate', 'created', 'rank']);

/** Parses `jql`; throws `JqlError` with Jira-like wording for what it does not understand. */
export function parseJql(jql: string, aliases: JqlAliases = THROUGHLINE_ALIASES): JqlQuery {
  const tokens = tokenize(jql);
  let at = 0;
  const peek = () => tokens[at];
  const isWord = (text: string) => {
    const token = peek();
    return token?.kind === 'word' && token.text.toLowerCase() === text;
  };
  const take = () => {
    const token = tokens[at];
    if (token === undefined) throw new JqlError('The JQL ends where a value was expected');
    at += 1;
    return token;
  };
  const expect = (text: string) => {
    if (peek() === undefined) throw new JqlError(`Expected "${text}" but the JQL ends`);
    const token = take();
    if (token.text.toLowerCase() !== text) {
      throw new JqlError(`Expected "${text}" but found "${token.text}" in the JQL`);
    }
  };

  function field(): Field {
    const token = take();
    if (token.kind !== 'word' && token.kind !== 'string') {
      throw new JqlError(`Expected a field but found "${token.text}" in the JQL`);
    }
    const name = token.text;
    const property = /^issue\.property\[([^\]]+)\]\.(.+)$/i.exec(name);
    if (property?.[1] !== undefined && property[2] !== undefined) {
      return { kind: 'property', property: property[1].trim(), path: property[2], label: name };
    }
    const alias = Object.entries(aliases).find(([key]) => key.toLowerCase() === name.toLowerCase());
    if (alias !== undefined) return { kind: 'property', ...alias[1], label: alias[0] };
    const lower = name.toLowerCase();
    if (lower === 'project') return { kind: 'project' };
    if (lower === 'issue' || lower === 'key' || lower === 'id' || lower === 'issuekey') {
      return { kind: 'issue' };
    }
    throw new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);
  }

  function value(): string {
    const token = take();
    if (token.kind !== 'word' && token.kind !== 'string') {
      throw new JqlError(`Expected a value but found "${token.text}" in the JQL`);
    }
    return token.text;
  }

  // Jira's `!=`, `not in` and `NOT` never match an issue whose field is empty: NOT is pushed down
  // to the clauses (De Morgan), and each negated clause also wants a value.
  function clause(negated: boolean): (issue: JqlIssue) => boolean {
    const subject = field();
    if (isWord('is')) {
      take();
      let empty = true;
      if (isWord('not')) {
        take();
        empty = false;
      }
      const token = take();
      if (!/^(empty|null)$/i.test(token.text)) {
        throw new JqlError(`Expected EMPTY or NULL but found "${token.text}" in the JQL`);
      }
      const wantsEmpty = empty !== negated;
      return (issue) => fieldIsEmpty(subject, issue) === wantsEmpty;
    }
    const token = peek();
    let values: string[];
    let negate = negated;
    if (token?.kind === 'op') {
      take();
      if (token.text === '!=') negate = !negate;
      values = [value()];
    } else {
      if (isWord('not')) {
        take();
        negate = !negate;
      }
      expect('in');
      expect('(');
      values = [value()];
      while (peek()?.text === ',') {
        take();
        values.push(value());
      }
      expect(')');
    }
    const test = (issue: JqlIssue) => values.some((wanted) => fieldHas(subject, issue, wanted));
    return negate ? (issue) => !fieldIsEmpty(subject, issue) && !test(issue) : test;
  }

  function primary(negated: boolean): (issue: JqlIssue) => boolean {
    if (isWord('not')) {
      take();
      return primary(!negated);
    }
    if (peek()?.text === '(') {
      take();
      const inner = disjunction(negated);
      expect(')');
      return inner;
    }
    return clause(negated);
  }

  /** `a AND b`; negated, `NOT a OR NOT b`. */
  function conjunction(negated: boolean): (issue: JqlIssue) => boolean {
    const parts = [primary(negated)];
    while (isWord('and')) {
      take();
      parts.push(primary(negated));
    }
    return negated
      ? (issue) => parts.some((part) => part(issue))
      : (issue) => parts.every((part) => part(issue));
  }

  /** `a OR b`; negated, `NOT a AND NOT b`. */
  function disjunction(negated: boolean): (issue: JqlIssue) => boolean {
    const parts = [conjunction(negated)];
    while (isWord('or')) {
      take();
      parts.push(conjunction(negated));
    }
    return negated
      ? (issue) => parts.every((part) => part(issue))
      : (issue) => parts.some((part) => part(issue));
  }

  const matches = peek() === undefined || isWord('order') ? () => true : disjunction(false);
  const order: { field: string; descending: boolean }[] = [];
  if (isWord('order')) {
    take();
    expect('by');
    do {
      if (order.length > 0) take();
      const name = value().toLowerCase();
      if (!ORDER_FIELDS.has(name)) throw new JqlError(`Not able to sort using field '${name}'.`);
      const direction = peek();
      let descending = false;
      if (direction?.kind === 'word' && /^(asc|desc)$/i.test(direction.text)) {
        take();
        descending = direction.text.toLowerCase() === 'desc';
      }
      order.push({ field: name, descending });
    } while (peek()?.text === ',');
  }
  if (peek() !== undefined) throw new JqlError(`Unexpected "${peek()?.text}" in the JQL`);
  if (order.length > 7) throw new JqlError('The ORDER BY clause can name at most 7 fields');

  return {
    matches,
    sort(issues) {
      const keys = order.length === 0 ? [{ field: 'id', descending: false }] : order;
      issues.sort((a, b) => {
        for (const { field: name, descending } of keys) {
          const compared = compareBy(name, a, b);
          if (compared !== 0) return descending ? -compared : compared;
        }
        return Number(a.id) - Number(b.id);
      });
    },
  };
}

function fieldHas(subject: Field, issue: JqlIssue, wanted: string): boolean {
  switch (subject.kind) {
    case 'project':
      return issue.projectKey.toLowerCase() === wanted.toLowerCase();
    case 'issue':
      return issue.id === wanted || issue.key.toLowerCase() === wanted.toLowerCase();
    case 'property':
      return propertyValues(subject, issue).some((entry) => String(entry) === wanted);
  }
}

/** An absent property, path or empty array is empty; project and issue always have a value. */
function fieldIsEmpty(subject: Field, issue: JqlIssue): boolean {
  return subject.kind === 'property' && propertyValues(subject, issue).length === 0;
}

function propertyValues(subject: Field & { kind: 'property' }, issue: JqlIssue): unknown[] {
  let current: unknown = issue.properties[subject.property];
  for (const part of subject.path.split('.')) {
    current = Array.isArray(current)
      ? current.map((entry) => (entry as Record<string, unknown> | null)?.[part])
      : (current as Record<string, unknown> | null | undefined)?.[part];
  }
  const values = Array.isArray(current) ? current.flat() : [current];
  return values.filter((entry) => entry !== undefined && entry !== null);
}

function compareBy(name: string, a: JqlIssue, b: JqlIssue): number {
  if (name === 'id' || name === 'created' || name === 'rank') return Number(a.id) - Number(b.id);
  if (name === 'key' || name === 'issue') {
    return a.projectKey === b.projectKey
      ? Number(a.key.split('-')[1]) - Number(b.key.split('-')[1])
      : a.projectKey.localeCompare(b.projectKey);
  }
  const left = name === 'summary' ? a.summary : (a.duedate ?? '');
  const right = name === 'summary' ? b.summary : (b.duedate ?? '');
  return left.localeCompare(right);
}
