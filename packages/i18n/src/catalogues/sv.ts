// Swedish: the source language. Reviewed.
import { newcomerSv } from './newcomer-sv.js';

export const sv = {
  ...newcomerSv,
  'actor.mv': 'Migrationsverket',
  'actor.af': 'Arbetsförmedlingen',
  'actor.fk': 'Försäkringskassan',
  'actor.pm': 'Pensionsmyndigheten',
  'actor.skv': 'Skatteverket',
  'actor.kommun': 'Kommunen',

  'invitation.title': 'Kallelse till Mötesplats och information',
  'invitation.intro':
    'Välkommen till {locationName}. Under en dag träffar du alla myndigheter du behöver, på ett och samma ställe.',
  'invitation.when': 'När: {date} klockan {time}',
  'invitation.where': 'Var: {venue}, {address}',
  'invitation.directions': 'Hitta hit: {directions}',
  'invitation.meetHeading': 'Du träffar',
  'invitation.bringHeading': 'Ta med dig',
  'invitation.bring.identity': 'Pass eller annan identitetshandling för alla som kommer',
  'invitation.bring.permitCard': 'Ditt kort om uppehållstillstånd (UT-kort)',
  'invitation.bring.decision': 'Beslutet om uppehållstillstånd',
  'invitation.bring.certificates': 'Betyg, intyg och examensbevis från skola och arbete',
  'invitation.bring.childrenDocuments': 'Handlingar om barnen, till exempel födelsebevis',
  'invitation.duration':
    'Besöket tar flera timmar, ungefär {hours, plural, one {# timme} other {# timmar}}. Ta gärna med något att äta och dricka.',
  'invitation.interpreter': 'Det finns tolk på plats.',
  'invitation.venue.service-office': 'Servicekontoret',
  'invitation.venue.municipality-premises': 'Kommunens lokaler',
  'invitation.venue.employment-service-premises': 'Arbetsförmedlingens lokaler',
  'invitation.venue.branch': 'Servicekontoret i {name}',
  'invitation.venue.mobile-team': '{name}',
} as const;

export type MessageKey = keyof typeof sv;
