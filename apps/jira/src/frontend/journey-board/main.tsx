// Entry of the `journey-board` resource (the project page).
import { mountApp } from '../common/mount-app';
import { JourneyBoard } from './journey-board';

mountApp(<JourneyBoard />);
