import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** The naive preview: the whole text through react-markdown on every update. */
export function BaselinePreview({ markdown }: { markdown: string }) {
  return (
    <div className="prose">
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{markdown}</ReactMarkdown>
    </div>
  );
}
