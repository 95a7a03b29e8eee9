export { agencyRemoteConfig, sharedReact, type AgencyRemoteOptions } from './agency-remote.js';
