import { named } from './types';
export default named('invite-dev', []);
