import { agencyRemoteConfig } from '@motesplats/vite-config';
import pkg from './package.json' with { type: 'json' };

export default agencyRemoteConfig({
  scope: 'caseworker_pm',
  dependencies: pkg.dependencies,
  devPort: 5177,
  previewPort: 4177,
});
