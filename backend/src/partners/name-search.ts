// Partner names are matched like every other name (see shared/sql.ts).
export { containsText as nameContains } from '../shared/sql.js';
