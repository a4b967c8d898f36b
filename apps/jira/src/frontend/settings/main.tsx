// Entry of the `settings` resource (the project settings page).
import { mountApp } from '../common/mount-app';
import { SettingsPage } from './settings-page';

mountApp(<SettingsPage />);
