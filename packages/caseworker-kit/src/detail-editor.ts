import type { ComponentType } from 'react';
import type { ChecklistItemDto, DayVisit, HouseholdDto } from '@motesplats/contracts';

/** Props of an agency's editor for the structured details of one kind of checklist item. */
export interface DetailEditorProps {
  item: ChecklistItemDto;
  /** The household (null while it loads): an editor may fit its choices to it. */
  household: HouseholdDto | null;
  /** The visit, e.g. for the day ages are counted on. */
  visit: DayVisit;
  /** The details as edited so far (the item's saved details to begin with). */
  details: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  disabled: boolean;
}

/**
 * An agency's detail editors by item code ('decision-notification', 'grades-assessment', ...).
 * The kit renders the status, the note and the saving; the agency renders only what is its own.
 */
export type DetailEditors = Readonly<Record<string, ComponentType<DetailEditorProps>>>;
