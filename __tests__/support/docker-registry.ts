import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';

// A registry speaking the Docker Registry HTTP API v2, just enough for `docker pull` of one
// single-layer image (busybox): no registry is reachable here, and 127.0.0.1 is trusted plain HTTP.

const digestOf = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

async function busyboxLayer(): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => pack.on('end', r));
  pack.entry({ name: 'bin/', type: 'directory', mode: 0o755 });
  pack.entry({ name: 'bin/busybox', mode: 0o755 }, readFileSync('/bin/busybox'));
  for (const applet of ['sh', 'echo', 'cat'])
    pack.entry({ name: `bin/${applet}`, type: 'symlink', linkname: 'busybox' });
  pack.entry({ name: 'tmp/', type: 'directory', mode: 0o1777 });
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

export interface FakeRegistry {
  /** `127.0.0.1:PORT`, to prefix image names with. */
  host: string;
  /** The manifest digest a pull of any tag gets. */
  manifestDigest: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeRegistry(): Promise<FakeRegistry> {
  const layerTar = await busyboxLayer();
  const layer = gzipSync(layerTar);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Env: ['PATH=/bin'] },
      rootfs: { type: 'layers', diff_ids: [digestOf(layerTar)] },
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        size: config.length,
        digest: digestOf(config),
      },
      layers: [
        {
          mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
          size: layer.length,
          digest: digestOf(layer),
        },
      ],
    }),
  );
  const blobs = new Map([
    [digestOf(config), config],
    [digestOf(layer), layer],
  ]);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(`${req.method ?? ''} ${url}`);
    const send = (status: number, body: Buffer, type: string, digest?: string) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Docker-Distribution-Api-Version': 'registry/2.0',
        ...(digest ? { 'Docker-Content-Digest': digest } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (url === '/v2/' || url === '/v2') return send(200, Buffer.from('{}'), 'application/json');
    if (/^\/v2\/.+\/manifests\//.test(url)) {
      return send(
        200,
        manifest,
        'application/vnd.docker.distribution.manifest.v2+json',
        digestOf(manifest),
      );
    }
    const blob = /^\/v2\/.+\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url);
    const data = blob?.[1] ? blobs.get(blob[1]) : undefined;
    if (blob?.[1] && data) return send(200, data, 'application/octet-stream', blob[1]);
    send(
      404,
      Buffer.from('{"errors":[{"code":"NOT_FOUND","message":"not found"}]}'),
      'application/json',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    manifestDigest: digestOf(manifest),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
