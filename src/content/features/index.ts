/** The feature registry: one folder per page feature. */
import type { Feature } from '../context';
import { inviteFeature } from './invite';
import { composerFeature } from './composer';
import { commentFeature } from './comment';
import { habitsFeature } from './habits';

export const FEATURES: readonly Feature[] = [inviteFeature, composerFeature, commentFeature, habitsFeature];
