export { CATEGORIES, type Category } from './categories';
export { categoryKey, normaliseCategories, normaliseTags } from './normalise';
export { type ParsedPost, PostParser, parsePost } from './parser';
