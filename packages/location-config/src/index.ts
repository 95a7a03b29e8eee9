export * from './actors.js';
export { TRACK_IDS, TrackId } from './tracks.js';
export { STEP_CONDITIONS, StepCondition, STEP_CONDITION_DESCRIPTIONS } from './step-conditions.js';
export { STEP_MODES, StepMode } from './step-mode.js';
export { Slug } from './slug.js';
export { NonEmptyText } from './text.js';
export { MunicipalityCode, MunicipalitySchema } from './municipality.js';
export type { Municipality } from './municipality.js';
export { AddressSchema } from './address.js';
export type { Address } from './address.js';
export { VENUE_KINDS, VenueKind, VenueSchema } from './venue.js';
export type { Venue } from './venue.js';
export {
  MIN_STEP_MINUTES,
  MAX_STEP_MINUTES,
  StepUnitSchema,
  ChainStepSchema,
  TrackConfigSchema,
  TracksSchema,
} from './chain.js';
export type { StepUnit, ChainStep, TrackConfig, Tracks } from './chain.js';
export {
  HOME_CONTACT_METHODS,
  HomeContactMethod,
  HomeContactSchema,
  SatelliteMunicipalitySchema,
} from './satellite.js';
export type { HomeContact, SatelliteMunicipality } from './satellite.js';
export { BranchSchema } from './branch.js';
export type { Branch } from './branch.js';
export { MobileTeamSchema } from './mobile-team.js';
export type { MobileTeam } from './mobile-team.js';
export { RoomSchema } from './room.js';
export type { Room } from './room.js';
export { LanguageCode, InterpreterPoolEntrySchema } from './interpreters.js';
export type { InterpreterPoolEntry } from './interpreters.js';
export { INFO_SHEET_LANGUAGES, InfoSheetLanguage } from './info-sheet-languages.js';
export { TimeOfDay } from './time-of-day.js';
export { WEEKDAYS, Weekday, OpeningHoursEntrySchema } from './opening-hours.js';
export type { OpeningHoursEntry } from './opening-hours.js';
export { LocationConfigShapeSchema } from './location-config-shape.js';
export { LocationConfigSchema } from './location-config.js';
export type { LocationConfig } from './location-config.js';
export { formatIssuePath, ISSUE_CODES } from './issue.js';
export type { ConfigIssue, IssueCode, IssueParams } from './issue.js';
export { parseLocationConfig } from './parse.js';
export type { ParseLocationConfigResult } from './parse.js';
export { NationalFrameSchema, DEFAULT_NATIONAL_FRAME } from './national-frame.js';
export type { NationalFrame } from './national-frame.js';
export { validateAgainstFrame } from './validate-against-frame.js';
export {
  EXAMPLE_CONFIGS,
  EXAMPLE_NAMES,
  DEMO_CONFIG,
  GAVLE_LIKE_CONFIG,
  SATELLITE_NOT_STAFFED_CONFIG,
  WITH_BRANCH_CONFIG,
  WITH_MOBILE_TEAM_CONFIG,
} from './examples/index.js';
export type { ExampleName } from './examples/index.js';
