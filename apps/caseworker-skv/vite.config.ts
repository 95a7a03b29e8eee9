import { agencyRemoteConfig } from '@motesplats/vite-config';
import pkg from './package.json' with { type: 'json' };

export default agencyRemoteConfig({
  scope: 'caseworker_skv',
  dependencies: pkg.dependencies,
  devPort: 5178,
  previewPort: 4178,
});
