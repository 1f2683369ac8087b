// @ts-check
import { readTomlFrontMatter } from './front-matter-toml.mjs';
import { readFrontMatterMapping } from './front-matter-yaml.mjs';

/**
 * One file's front matter, in the language its fences say.
 * @param {import('./front-matter').FrontMatterSource} source
 * @returns {import('./front-matter-yaml.mjs').ReadMapping}
 */
export function readFrontMatterSource(source) {
  return source.language === 'toml' ? readTomlFrontMatter(source.text) : readFrontMatterMapping(source.text);
}
