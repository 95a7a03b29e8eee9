import { agencyRemoteConfig } from '@motesplats/vite-config';
import pkg from './package.json' with { type: 'json' };

export default agencyRemoteConfig({
  scope: 'caseworker_kommun',
  dependencies: pkg.dependencies,
  devPort: 5179,
  previewPort: 4179,
});
