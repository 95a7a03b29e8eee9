import { agencyRemoteConfig } from '@motesplats/vite-config';
import pkg from './package.json' with { type: 'json' };

export default agencyRemoteConfig({
  scope: 'caseworker_mv',
  dependencies: pkg.dependencies,
  devPort: 5175,
  previewPort: 4175,
});
