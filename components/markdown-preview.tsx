'use client';

import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

// Model text is untrusted: no raw HTML (react-markdown drops it by default), and only safe link targets.
function safeUrl(url: string): string {
  return /^(https?:|mailto:|#|\/)/i.test(url.trim()) ? url : '';
}

export function MarkdownPreview({ markdown }: { markdown: string }) {
  return (
    <div
      data-testid="markdown-preview"
      className="prose prose-stone max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-pre:overflow-x-auto"
    >
      <ReactMarkdown remarkPlugins={[remarkGfm]} urlTransform={safeUrl}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
