// Serves the web app's build (dist/apps/web, `npm run web:build`) on every host, for the paths the API
// itself does not answer: built files as they are (hashed assets cached for a year), and index.html
// for any page path, so the single-page app routes it. /graphql, /platform/graphql, /health, /metrics
// and /webhooks keep their own routes and their own 404s.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run web:build` writes, from the repository root. */
export const WEB_BUILD_DIR = join('dist', 'apps', 'web');

const API_PATHS = /^\/(graphql|platform|health|metrics|webhooks)(\/|$|\?)/;
/** A path naming a file (has an extension) that is not in the build is a 404, never the page. */
const FILE_PATH = /\/[^/]*\.[a-z0-9]+$/i;
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function hasWebBuild(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

export async function serveWebBuild(fastify: FastifyInstance, root: string): Promise<void> {
  await fastify.register(fastifyStatic, {
    root,
    // One route per built file, read at boot: unknown paths fall through to the page route below.
    wildcard: false,
    setHeaders(reply, path) {
      reply.header('cache-control', path.includes('/assets/') ? IMMUTABLE : 'no-cache');
      reply.header('x-content-type-options', 'nosniff');
    },
  });
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (API_PATHS.test(path) || FILE_PATH.test(path)) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
