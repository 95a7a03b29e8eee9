import { z } from 'zod';
import { REMOTE_CATALOGUE } from '@motesplats/composition';

const EXPECTED =
  'MOTESPLATS_REMOTE_URLS: expected comma-separated <remote id>=<manifest URL> pairs such as caseworker-fk=https://fk.example/mf-manifest.json';

/**
 * Remotes that an agency team serves from its own host: 'caseworker-fk=https://…/mf-manifest.json'.
 * The composition then points there instead of at the gateway's /remotes/. Unknown ids are
 * refused, so a typo cannot silently leave a remote on the default.
 */
export const remoteUrls = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const urls: Record<string, string> = {};
    const known = new Set(REMOTE_CATALOGUE.map((r) => r.id));
    for (const item of (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [id, url, ...rest] = item.split('=');
      let parsed: URL | null = null;
      try {
        parsed = url ? new URL(url) : null;
      } catch {
        parsed = null;
      }
      if (!id || rest.length || !parsed || !/^https?:$/.test(parsed.protocol)) {
        ctx.addIssue({ code: 'custom', message: `${EXPECTED}; got '${item}'` });
      } else if (!known.has(id)) {
        ctx.addIssue({
          code: 'custom',
          message: `MOTESPLATS_REMOTE_URLS: no remote '${id}'; known: ${[...known].join(', ')}`,
        });
      } else {
        urls[id] = parsed.href;
      }
    }
    return urls;
  });
