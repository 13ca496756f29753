// Renders the parsed Markdown tree as React elements. Text only ever becomes
// React text children (escaped by React); there is no HTML path. Links call
// `onOpenLink` instead of navigating: the window never leaves the app.
import { Fragment, type MouseEvent, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from './markdown-parse';

export interface MarkdownProps {
  source: string;
  /** The heading level an article's `#` becomes, so headings nest under the page's own. */
  topHeadingLevel?: 2 | 3 | 4;
  onOpenLink(href: string): void;
}

export function Markdown({ source, topHeadingLevel = 3, onOpenLink }: MarkdownProps) {
  const blocks = parseMarkdown(source);
  // The article's shallowest heading becomes topHeadingLevel, whether the
  // author started at # or ##, so headings never skip a level under the page's.
  const shallowest = Math.min(7, ...blocks.map((b) => (b.kind === 'heading' ? b.level : 7)));
  const shift = shallowest === 7 ? topHeadingLevel : topHeadingLevel - (shallowest - 1);
  return <>{renderBlocks(blocks, shift, onOpenLink)}</>;
}

export function renderBlocks(blocks: Block[], topHeadingLevel: number, onOpenLink: (href: string) => void): ReactNode[] {
  return blocks.map((block, index) => {
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(6, block.level - 1 + topHeadingLevel);
        const Tag = `h${level}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
        return <Tag key={index}>{renderInlines(block.children, onOpenLink)}</Tag>;
      }
      case 'paragraph':
        return <p key={index}>{renderInlines(block.children, onOpenLink)}</p>;
      case 'list': {
        const items = block.items.map((item, i) => <li key={i}>{renderInlines(item, onOpenLink)}</li>);
        return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
      }
    }
  });
}

export function renderInlines(nodes: Inline[], onOpenLink: (href: string) => void): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>;
      case 'strong':
        return <strong key={index}>{renderInlines(node.children, onOpenLink)}</strong>;
      case 'em':
        return <em key={index}>{renderInlines(node.children, onOpenLink)}</em>;
      case 'link': {
        const open = (event: MouseEvent<HTMLAnchorElement>) => {
          event.preventDefault();
          onOpenLink(node.href);
        };
        return (
          <a key={index} href={node.href} onClick={open} rel="noreferrer noopener" className="external-link">
            {renderInlines(node.children, onOpenLink)}
          </a>
        );
      }
    }
  });
}
