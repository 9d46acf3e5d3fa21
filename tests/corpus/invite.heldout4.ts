import { named } from './types';

// Fourth held-out split (issue #3): hard cases written from RULES.md only, scored blind once
// (results-heldout4-blind.txt) before anyone tunes on them.
export default named('invite-heldout4', []);
