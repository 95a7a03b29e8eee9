// Deploy-time settings for the Mötesplats shell, read before the app starts. This default leaves
// everything unset: the gateway is the shell's own origin (or the build's VITE_GATEWAY_URL) and the
// composition comes from the gateway. A deployment replaces this file, e.g. with
//   window.__MOTESPLATS__ = { gatewayUrl: 'https://gateway.example', compositionUrl: './composition.json', locationId: 'demo' };
// (`npm run compose` writes one per location; see the repository README.)
window.__MOTESPLATS__ = {};
