export {
  CatalogueEntrySchema,
  CatalogueSchema,
  REMOTE_CATALOGUE,
  type CatalogueEntry,
} from './remote-catalogue.js';
export {
  composeLocation,
  CompositionConfigError,
  type ComposedRemote,
  type LocationComposition,
} from './compose-location.js';
