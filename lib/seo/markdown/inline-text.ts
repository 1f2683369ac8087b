import type { MarkedToken, Token } from 'marked';
import type { MarkdownLink } from './types';

// Named character references stand for symbols and spaces in what the model writes (&amp;, &nbsp;, &copy;), not for words.
const NAMED_REFERENCE = /&[A-Za-z][A-Za-z0-9]{1,31};/g;
// A `[text](` the lexer left as text: its destination is one no renderer accepts (a space in it), though a link was meant.
const REFUSED_LINK_OPEN = /\[([^[\]]*)\]\(/;

type RefusedLink = { text: string; url: string; raw: string };

/**
 * The visible text of inline tokens, links recorded in `links` on the way: emphasis and code spans kept as text,
 * link text kept; URLs (behind link text, autolinks and bare addresses), images and HTML tags left out.
 */
export function inlineText(tokens: readonly Token[], links: MarkdownLink[]): string {
  const reader = new InlineReader(links);
  reader.read(tokens);
  return reader.finish();
}

class InlineReader {
  private readonly out: string[] = [];
  private refused: RefusedLink | null = null;

  constructor(private readonly links: MarkdownLink[]) {}

  // No marked extension is registered, so every token is one of marked's own.
  read(tokens: readonly Token[]): void {
    for (const token of tokens as readonly MarkedToken[]) {
      if (token.type === 'text') {
        if (token.tokens) this.read(token.tokens);
        else this.plain(token.text);
      } else if (token.type === 'escape') this.emit(token.text);
      else if (token.type === 'codespan') this.emit(` ${token.text} `);
      else if (token.type === 'strong' || token.type === 'em' || token.type === 'del') this.read(token.tokens);
      else if (token.type === 'br' || token.type === 'html') this.emit(' ');
      else if (token.type === 'link') this.link(token.text, token.href, token.autolink ? null : token.tokens, token.raw);
    }
  }

  finish(): string {
    this.settleRefused();
    return this.out.join('');
  }

  private link(text: string, url: string, textTokens: readonly Token[] | null, raw: string): void {
    if (textTokens === null) {
      // An autolink inside a refused destination is part of that destination (`[a](https://exa mple.com)`).
      if (this.refused) this.emit(raw);
      else {
        this.links.push({ text, url, wellFormed: true });
        this.emit(' ');
      }
      return;
    }
    this.settleRefused();
    const anchor = inlineText(textTokens, []);
    this.links.push({ text: anchor, url, wellFormed: true });
    this.out.push(anchor);
  }

  private emit(text: string): void {
    if (this.refused) {
      this.refused.url += text;
      this.refused.raw += text;
    } else this.out.push(text);
  }

  private plain(text: string): void {
    let rest = text;
    for (;;) {
      const refused = this.refused;
      if (refused) {
        const close = rest.indexOf(')');
        if (close === -1) {
          this.emit(rest);
          return;
        }
        this.refused = null;
        this.links.push({ text: refused.text, url: (refused.url + rest.slice(0, close)).trim(), wellFormed: false });
        this.out.push(refused.text);
        rest = rest.slice(close + 1);
      }
      const open = REFUSED_LINK_OPEN.exec(rest);
      if (!open) {
        this.out.push(decode(rest));
        return;
      }
      this.out.push(decode(rest.slice(0, open.index)));
      this.refused = { text: open[1] ?? '', url: '', raw: open[0] };
      rest = rest.slice(open.index + open[0].length);
    }
  }

  // A `[text](` never closed is plain text after all.
  private settleRefused(): void {
    if (!this.refused) return;
    this.out.push(decode(this.refused.raw));
    this.refused = null;
  }
}

function decode(text: string): string {
  return text.replace(NAMED_REFERENCE, ' ');
}
