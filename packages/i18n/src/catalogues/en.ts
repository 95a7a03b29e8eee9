import type { Catalogue } from '../catalogue.js';
import { newcomerEn } from './newcomer-en.js';

// English. Reviewed.
export const en: Catalogue = {
  ...newcomerEn,
  'actor.mv': 'the Swedish Migration Agency (Migrationsverket)',
  'actor.af': 'the Swedish Public Employment Service (Arbetsförmedlingen)',
  'actor.fk': 'the Swedish Social Insurance Agency (Försäkringskassan)',
  'actor.pm': 'the Swedish Pensions Agency (Pensionsmyndigheten)',
  'actor.skv': 'the Swedish Tax Agency (Skatteverket)',
  'actor.kommun': 'the municipality (kommunen)',

  'invitation.title': 'Invitation to Mötesplats och information',
  'invitation.intro':
    'Welcome to {locationName}. In one day you meet every agency you need, in one place.',
  'invitation.when': 'When: {date} at {time}',
  'invitation.where': 'Where: {venue}, {address}',
  'invitation.directions': 'How to find us: {directions}',
  'invitation.meetHeading': 'You will meet',
  'invitation.bringHeading': 'Please bring',
  'invitation.bring.identity': 'A passport or other identity document for everyone who comes',
  'invitation.bring.permitCard': 'Your residence permit card',
  'invitation.bring.decision': 'The decision on your residence permit',
  'invitation.bring.certificates': 'School reports, certificates and diplomas from school and work',
  'invitation.bring.childrenDocuments':
    'Documents about the children, for example birth certificates',
  'invitation.duration':
    'The visit takes several hours, about {hours, plural, one {# hour} other {# hours}}. You may want to bring something to eat and drink.',
  'invitation.interpreter': 'An interpreter will be there.',
  'invitation.venue.service-office': 'the service office (Servicekontoret)',
  'invitation.venue.municipality-premises': 'the municipality’s premises',
  'invitation.venue.employment-service-premises': 'the Employment Service’s premises',
  'invitation.venue.branch': 'the service office in {name}',
  'invitation.venue.mobile-team': '{name}',
};
