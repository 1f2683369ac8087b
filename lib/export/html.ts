import type { CSSProperties, ReactElement, ReactNode } from 'react';
import Markdown from 'react-markdown';
import { MARKDOWN_RENDER_OPTIONS } from './markdown-options';

const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'wbr']);
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function styleText(style: CSSProperties): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${String(value)}`)
    .join(';');
}

function attributes(props: Record<string, unknown>): string {
  let text = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null || value === false) continue;
    const attribute = ATTRIBUTE_NAMES[name] ?? name;
    // data-* and aria-* keep the value (`data-footnotes="true"`), as React writes them; others are plain flags.
    if (value === true) text += /^(data|aria)-/.test(attribute) ? ` ${attribute}="true"` : ` ${attribute}=""`;
    else if (name === 'style') text += ` style="${escapeAttribute(styleText(value as CSSProperties))}"`;
    else text += ` ${attribute}="${escapeAttribute(String(value))}"`;
  }
  return text;
}

// react-markdown yields plain elements only (no components are passed), so React's own renderer is not needed,
// and react-dom/server is not available where routes and server actions run.
function serialise(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return escapeText(String(node));
  if (Array.isArray(node)) return node.map(serialise).join('');
  const element = node as ReactElement<Record<string, unknown> & { children?: ReactNode }>;
  const children = serialise(element.props.children);
  if (typeof element.type !== 'string') return children;
  if (VOID_ELEMENTS.has(element.type)) return `<${element.type}${attributes(element.props)}/>`;
  return `<${element.type}${attributes(element.props)}>${children}</${element.type}>`;
}

/** A post's body as HTML, exactly as the preview renders it (and Copy HTML copies it): GFM, no raw HTML, safe links. */
export function renderHtml(markdown: string): string {
  return serialise(Markdown({ ...MARKDOWN_RENDER_OPTIONS, children: markdown }));
}
