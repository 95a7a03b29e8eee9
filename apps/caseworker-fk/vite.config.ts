import { agencyRemoteConfig } from '@motesplats/vite-config';
import pkg from './package.json' with { type: 'json' };

export default agencyRemoteConfig({
  scope: 'caseworker_fk',
  dependencies: pkg.dependencies,
  devPort: 5176,
  previewPort: 4176,
});
