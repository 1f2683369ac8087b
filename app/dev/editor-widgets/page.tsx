import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { EditorWidgetsHarness } from '@/components/editor/widgets-harness';

export const metadata: Metadata = { title: 'Editor widgets', robots: { index: false, follow: false } };

export default async function EditorWidgetsPage() {
  // Read per request, not at build time: the same build serves tests (flag on) and people (flag off).
  await connection();
  if (process.env.POSTSMITH_DEV_PAGES !== '1') notFound();
  return <EditorWidgetsHarness />;
}
