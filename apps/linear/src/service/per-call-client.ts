// The Linear client's HTTP layer spends one retry budget and one page cap per client (per CLI run);
// a service runs for months, so each read gets a fresh client and its own budget.
import type { LinearClient } from '../client/linear-model';

export function perCallClient(make: () => LinearClient): LinearClient {
  let requests = 0;
  const counted = async <T>(call: (client: LinearClient) => Promise<T>): Promise<T> => {
    const client = make();
    try {
      return await call(client);
    } finally {
      requests += client.requests;
    }
  };
  return {
    get requests() {
      return requests;
    },
    listProjects: (options) => counted((c) => c.listProjects(options)),
    projectsByIds: (ids) => counted((c) => c.projectsByIds(ids)),
    listLabelGroups: () => counted((c) => c.listLabelGroups()),
    createLabelGroup: (name) => counted((c) => c.createLabelGroup(name)),
    createLabel: (groupId, name) => counted((c) => c.createLabel(groupId, name)),
    createExternalLink: (projectId, url, label) =>
      counted((c) => c.createExternalLink(projectId, url, label)),
  };
}
