import { agencyRemoteConfig } from '@motesplats/vite-config';
import pkg from './package.json' with { type: 'json' };

export default agencyRemoteConfig({
  scope: 'caseworker_af',
  dependencies: pkg.dependencies,
  devPort: 5174,
  previewPort: 4174,
});
