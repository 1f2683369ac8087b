/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native SQLite bindings are loaded from node_modules at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
