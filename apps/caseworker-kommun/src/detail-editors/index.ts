import type { DetailEditors } from '@motesplats/caseworker-kit';
import type { ItemCode } from '@motesplats/checklist';
import { FinancialAssistanceEditor } from './FinancialAssistanceEditor';
import { PreschoolRegistrationEditor } from './PreschoolRegistrationEditor';
import { SchoolRegistrationEditor } from './SchoolRegistrationEditor';
import { SfiRegistrationEditor } from './SfiRegistrationEditor';

// Keyed by ItemCode so a misspelt or renamed code fails the build instead of silently never
// showing its editor. 'home-municipality-contact' has no details: its note carries the contact.
const editors = {
  'sfi-registration': SfiRegistrationEditor,
  'preschool-registration': PreschoolRegistrationEditor,
  'school-registration': SchoolRegistrationEditor,
  'financial-assistance': FinancialAssistanceEditor,
} satisfies Partial<Record<ItemCode, DetailEditors[string]>>;

export const KOMMUN_DETAIL_EDITORS: DetailEditors = editors;
