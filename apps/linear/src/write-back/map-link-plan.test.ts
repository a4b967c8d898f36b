import { describe, expect, it } from 'vitest';
import { linearPortfolio } from '../portfolio/linear-portfolio';
import {
  checkoutGroup,
  label,
  linearProject,
  onboardingGroup,
} from '../portfolio/linear-project.test-support';
import { mapUrl, planMapLinks } from './map-link-plan';

const BASE = 'https://maps.example.com/j/';
const projects = [
  // On a checkout stage, already linked.
  linearProject({
    id: 'p1',
    labels: [label('l-pay', 'Pay', 'g-checkout')],
    externalLinks: [{ id: 'x', url: 'https://maps.example.com/j/checkout' }],
  }),
  // In both journeys.
  linearProject({
    id: 'p2',
    labels: [
      label('l-browse', 'Browse', 'g-checkout'),
      label('l-sign-up', 'Sign up', 'g-onboarding'),
    ],
  }),
  // In no journey.
  linearProject({ id: 'p3' }),
];
const portfolio = linearPortfolio({
  projects,
  groups: [checkoutGroup, onboardingGroup],
  asOf: '2026-11-23',
});

describe('planMapLinks', () => {
  it('links each journey project to its map, one link per journey, skipping links already there', () => {
    const plan = planMapLinks(portfolio, projects, BASE);
    expect(plan.create).toEqual([
      {
        projectId: 'p2',
        projectName: 'Project p2',
        url: 'https://maps.example.com/j/checkout',
        label: 'Journey map: Checkout',
      },
      {
        projectId: 'p2',
        projectName: 'Project p2',
        url: 'https://maps.example.com/j/onboarding',
        label: 'Journey map: Onboarding',
      },
    ]);
    expect(plan.present.map((link) => [link.projectId, link.url])).toEqual([
      ['p1', 'https://maps.example.com/j/checkout'],
    ]);
  });

  it('addresses a map by its key under the base, slashes trimmed and the key encoded', () => {
    const [checkout] = portfolio.journeys;
    expect(checkout && mapUrl('https://m.example//', { ...checkout, key: 'a b' })).toBe(
      'https://m.example/a%20b',
    );
  });
});
