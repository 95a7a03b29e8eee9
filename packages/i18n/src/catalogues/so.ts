import type { Catalogue } from '../catalogue.js';
import { newcomerSo } from './newcomer-so.js';

// Somali. Machine-drafted: every key needs review by a qualified translator (see review-status.ts).
export const so: Catalogue = {
  ...newcomerSo,
  'actor.mv': 'Hay’adda Socdaalka (Migrationsverket)',
  'actor.af': 'Xafiiska Shaqada (Arbetsförmedlingen)',
  'actor.fk': 'Hay’adda Caymiska Bulshada (Försäkringskassan)',
  'actor.pm': 'Hay’adda Hawlgabka (Pensionsmyndigheten)',
  'actor.skv': 'Hay’adda Canshuuraha (Skatteverket)',
  'actor.kommun': 'Degmada (kommunen)',

  'invitation.title': 'Casuumaad Mötesplats och information',
  'invitation.intro':
    'Ku soo dhawoow {locationName}. Hal maalin gudaheed waxaad kula kulmaysaa dhammaan hay’adaha aad u baahan tahay, hal meel.',
  'invitation.when': 'Goorta: {date} saacadda {time}',
  'invitation.where': 'Meesha: {venue}, {address}',
  'invitation.directions': 'Sida loo yimaado: {directions}',
  'invitation.meetHeading': 'Waxaad la kulmaysaa',
  'invitation.bringHeading': 'Fadlan keen',
  'invitation.bring.identity': 'Baasaboor ama dukumenti kale oo aqoonsi ah qof kasta oo imanaya',
  'invitation.bring.permitCard': 'Kaarkaaga sharciga degenaanshaha',
  'invitation.bring.decision': 'Go’aanka sharciga degenaanshaha',
  'invitation.bring.certificates': 'Shahaadooyinka iskuulka iyo shaqada',
  'invitation.bring.childrenDocuments':
    'Dukumentiyada carruurta, tusaale ahaan shahaadada dhalashada',
  'invitation.duration':
    'Booqashadu waxay qaadanaysaa dhowr saacadood, qiyaastii {hours, plural, one {# saac} other {# saacadood}}. Waxaad keeni kartaa wax aad cunto oo aad cabto.',
  'invitation.interpreter': 'Turjubaan ayaa joogi doona.',
  'invitation.venue.service-office': 'Xafiiska adeegga (Servicekontoret)',
  'invitation.venue.municipality-premises': 'Xafiisyada degmada',
  'invitation.venue.employment-service-premises': 'Xafiisyada Xafiiska Shaqada',
  'invitation.venue.branch': 'Xafiiska adeegga ee {name}',
  'invitation.venue.mobile-team': '{name}',
};
