// Entry of the `issue-panel` resource (the issue panel and the issue context module).
import { mountApp } from '../common/mount-app';
import { IssuePanel } from './issue-panel';

mountApp(<IssuePanel />);
