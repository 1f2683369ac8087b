/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets parallel checkouts of work (and their test runs) build without clobbering.
  distDir: process.env.POSTSMITH_DIST_DIR || '.next',
  // Native SQLite bindings are loaded from node_modules at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  poweredByHeader: false,
  // With a proxy in place Next buffers only the first 10 MB of a body; imports may be up to 20 MB.
  experimental: { proxyClientMaxBodySize: '25mb' },
  typedRoutes: false,
  // The Content-Security-Policy carries a per-request nonce, so proxy.ts sets it; these are the same everywhere.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
