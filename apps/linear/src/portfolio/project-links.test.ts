import { matchJourneys, WorkLink } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import type { LinearProject } from '../client/linear-model';
import { labelJourneys } from './journey-groups';
import {
  checkoutGroup,
  label,
  linearProject,
  onboardingGroup,
} from './linear-project.test-support';
import { projectWorkLinks } from './project-links';

const journeys = matchJourneys(labelJourneys([checkoutGroup, onboardingGroup]), []);
const [checkout, onboarding] = journeys;
const browse = label('l-browse', 'Browse', 'g-checkout');
const pay = label('l-pay', 'Pay', 'g-checkout');
const signUp = label('l-sign-up', 'Sign up', 'g-onboarding');

const linksOf = (project: LinearProject) => projectWorkLinks([project], journeys).links;

describe('projectWorkLinks', () => {
  const statuses: [LinearProject['statusType'], WorkLink['status']][] = [
    ['backlog', 'todo'],
    ['planned', 'todo'],
    ['started', 'in-progress'],
    ['paused', 'in-progress'],
    ['completed', 'done'],
    ['canceled', 'canceled'],
  ];
  it.each(statuses)('maps status %s to %s', (statusType, status) => {
    expect(linksOf(linearProject({ id: 'p', statusType, labels: [browse] }))[0]?.status).toBe(
      status,
    );
  });

  const healths: [LinearProject['health'], WorkLink['health']][] = [
    ['onTrack', 'on-track'],
    ['atRisk', 'at-risk'],
    ['offTrack', 'off-track'],
    [null, undefined],
  ];
  it.each(healths)('maps health %s to %s', (health, expected) => {
    const [link] = linksOf(linearProject({ id: 'p', health, labels: [browse] }));
    expect(link?.health).toBe(expected);
    expect(link !== undefined && 'health' in link).toBe(expected !== undefined);
  });

  it('carries the figures a WorkLink holds, on the stage its label names', () => {
    const project = linearProject({
      id: 'p',
      targetDate: '2025-07-01',
      startDate: '2025-05-01',
      labels: [pay],
    });
    const [link] = linksOf(project);
    expect(WorkLink.parse(link)).toEqual(link);
    expect(link).toMatchObject({
      provider: 'linear',
      id: 'p',
      key: 'p-slug',
      title: 'Project p',
      url: 'https://linear.app/acme/project/p',
      progress: 0.5,
      scope: 10,
      startDate: '2025-05-01',
      dueDate: '2025-07-01',
      mapId: checkout?.map.id,
      stageId: checkout?.stageLabels[1]?.stageId,
    });
  });

  it('gives a multi-select project one link per stage label', () => {
    const links = linksOf(linearProject({ id: 'p', labels: [browse, pay] }));
    expect(links.map((l) => l.stageId)).toEqual(checkout?.stageLabels.map((l) => l.stageId));
  });

  it('gives a project in two journeys a link in each', () => {
    const links = linksOf(linearProject({ id: 'p', labels: [browse, signUp] }));
    expect(links.map((l) => l.mapId)).toEqual([checkout?.map.id, onboarding?.map.id]);
  });

  it('leaves archived projects out, and lists projects in no journey as unlinked', () => {
    const result = projectWorkLinks(
      [
        linearProject({ id: 'gone', archivedAt: '2025-05-01T00:00:00.000Z', labels: [browse] }),
        linearProject({ id: 'gone-too', archivedAt: '2025-05-01T00:00:00.000Z' }),
        linearProject({
          id: 'loose',
          labels: [label('l-web', 'Web', 'g-team'), label('l-x', 'X', null)],
        }),
      ],
      journeys,
    );
    expect(result.links).toEqual([]);
    expect(result.unlinked).toEqual([
      { id: 'loose', title: 'Project loose', url: 'https://linear.app/acme/project/loose' },
    ]);
  });
});
