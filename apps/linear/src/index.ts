// The Linear integration: the client (every GraphQL operation), the portfolio and the write-back
// plans, in our terms.

export type { LinearClientOptions, LinearConnection } from './client/linear-client';
export {
  connectLinear,
  createLinearClient,
  DEFAULT_LINEAR_API_URL,
  linearOptionsFromEnv,
} from './client/linear-client';
export type { LinearClientErrorCode } from './client/linear-client-error';
export { isLinearClientError, LinearClientError } from './client/linear-client-error';
export type {
  LabelGroup,
  LinearClient,
  LinearProject,
  PageProgress,
  ProjectHealth,
  ProjectLabelRef,
  ProjectStatusType,
} from './client/linear-model';
export { LINEAR_QUERIES, PROJECTS_PAGE_SIZE } from './client/linear-queries';
export type { LinearPortfolioInput } from './portfolio/linear-portfolio';
export { linearPortfolio } from './portfolio/linear-portfolio';
export { HEALTH_LABEL } from './render/health-style';
export type { PageOptions } from './render/portfolio-page';
export { renderPortfolioPage } from './render/portfolio-page';
export type { LabelPlan } from './write-back/label-plan';
export { planLabels } from './write-back/label-plan';
export type { MapLink, MapLinkPlan } from './write-back/map-link-plan';
export { mapUrl, planMapLinks } from './write-back/map-link-plan';
