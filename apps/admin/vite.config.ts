import { agencyRemoteConfig } from '@motesplats/vite-config';
import pkg from './package.json' with { type: 'json' };

export default agencyRemoteConfig({
  scope: 'admin',
  dependencies: pkg.dependencies,
  devPort: 5181,
  previewPort: 4181,
});
