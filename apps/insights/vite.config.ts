import { agencyRemoteConfig } from '@motesplats/vite-config';
import pkg from './package.json' with { type: 'json' };

export default agencyRemoteConfig({
  scope: 'insights',
  dependencies: pkg.dependencies,
  devPort: 5182,
  previewPort: 4182,
});
