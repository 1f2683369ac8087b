import 'server-only';

export { addCustomCategory, listCategories, listCustomCategories, removeCustomCategory, resolveCategories } from './custom-categories';
export { CategoryNameInput } from './schemas';
